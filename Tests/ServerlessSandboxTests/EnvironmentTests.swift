import Foundation
import ServerlessSandbox
import Testing

@Suite("Environments, Deployments, Variables and Logs")
struct EnvironmentTests {
    func createEnvironment(_ sandbox: SandboxHarness, _ service: String, _ name: String = "production", suffix: String? = "prod") async throws -> String {
        var form = [("UniqueName", name), ("FriendlyName", "ignored")]
        if let suffix { form.append(("DomainSuffix", suffix)) }
        let response = try await sandbox.send(.POST, "/v1/Services/\(service)/Environments", form: form)
        return try sandbox.expect(201, "create environment", response).string("sid") ?? ""
    }

    @Test func environmentsHaveDomainsAndConflictOnDuplicates() async throws {
        try await SandboxHarness.with { sandbox in
            let service = try await sandbox.createService("shop")
            let created = try await sandbox.send(.POST, "/v1/Services/\(service)/Environments", form: [("UniqueName", "staging"), ("DomainSuffix", "stage")])
            #expect(created.status == 201)
            #expect(created.string("sid")?.hasPrefix("ZE") == true)
            #expect(created["build_sid"] is NSNull)
            #expect(created.string("domain_name")?.hasPrefix("shop-") == true)
            #expect(created.string("domain_name")?.hasSuffix("-stage.twil.io") == true)
            #expect(Set((created["links"] as? [String: String] ?? [:]).keys) == ["variables", "deployments", "logs"])
            for form in [[("UniqueName", "staging")], [("UniqueName", "other"), ("DomainSuffix", "stage")]] {
                let clash = try await sandbox.send(.POST, "/v1/Services/\(service)/Environments", form: form)
                #expect(clash.status == 409)
            }
            let tooLong = try await sandbox.send(.POST, "/v1/Services/\(service)/Environments", form: [("UniqueName", "x"), ("DomainSuffix", String(repeating: "s", count: 17))])
            #expect(tooLong.code == 20001)
            let sid = try #require(created.string("sid"))
            #expect(try await sandbox.send(.DELETE, "/v1/Services/\(service)/Environments/\(sid)").status == 204)
        }
    }

    /// The toolkit finds an environment by its domain suffix (none for production), so a second one
    /// with the same suffix, or a second one without any, is a conflict as on Twilio.
    @Test func aSecondEnvironmentWithTheSameDomainSuffixConflicts() async throws {
        try await SandboxHarness.with { sandbox in
            let service = try await sandbox.createService("shop")
            _ = try await createEnvironment(sandbox, service, "production", suffix: nil)
            _ = try await createEnvironment(sandbox, service, "dev-environment", suffix: "dev")
            for form in [[("UniqueName", "live")], [("UniqueName", "live"), ("DomainSuffix", "")], [("UniqueName", "dev2"), ("DomainSuffix", "dev")]] {
                let clash = try await sandbox.send(.POST, "/v1/Services/\(service)/Environments", form: form)
                #expect(clash.status == 409)
                #expect(clash.code == 20409)
                #expect(clash.string("message") == "Environment with this UniqueName or DomainSuffix already exists.")
            }
            let other = try await sandbox.createService("other")
            _ = try await createEnvironment(sandbox, other, "production", suffix: nil)
            _ = try await createEnvironment(sandbox, other, "staging", suffix: "stage")
            let listed = try await sandbox.send(.GET, "/v1/Services/\(service)/Environments")
            #expect(listed.list("environments").compactMap { $0["unique_name"] as? String }.sorted() == ["dev-environment", "production"])
        }
    }

    @Test func deployingABuildMakesItLiveAndLogsIt() async throws {
        try await SandboxHarness.with { sandbox in
            let (service, build) = try await sandbox.completedBuild()
            let environment = try await createEnvironment(sandbox, service)
            let deployments = "/v1/Services/\(service)/Environments/\(environment)/Deployments"
            let deployed = try await sandbox.send(.POST, deployments, form: [("BuildSid", build)])
            #expect(deployed.status == 201)
            #expect(deployed.string("sid")?.hasPrefix("ZD") == true)
            #expect(deployed.string("build_sid") == build)
            #expect(deployed["links"] == nil)
            let env = try await sandbox.send(.GET, "/v1/Services/\(service)/Environments/\(environment)")
            #expect(env.string("build_sid") == build)

            let again = try await sandbox.send(.POST, deployments, form: [("BuildSid", build)])
            #expect(again.status == 409)
            #expect(again.string("message") == "Environment has already requested deployment")

            let busy = try await sandbox.send(.DELETE, "/v1/Services/\(service)/Builds/\(build)")
            #expect(busy.status == 409)

            let logs = try await sandbox.send(.GET, "/v1/Services/\(service)/Environments/\(environment)/Logs")
            #expect(logs.status == 200)
            let lines = logs.list("logs")
            #expect(lines.count == 2)
            #expect(lines.first?["deployment_sid"] as? String == deployed.string("sid"))
            #expect(lines.first?["sid"] as? String ?? "" != "")
            let function = try #require(lines.last?["function_sid"] as? String)
            let filtered = try await sandbox.send(.GET, "/v1/Services/\(service)/Environments/\(environment)/Logs?FunctionSid=\(function)&PageSize=10")
            #expect(filtered.list("logs").count == 1)
            #expect((filtered.meta["url"] as? String)?.contains("FunctionSid=\(function)") == true)
            let logSid = try #require(lines.first?["sid"] as? String)
            let oneLog = try await sandbox.send(.GET, "/v1/Services/\(service)/Environments/\(environment)/Logs/\(logSid)")
            #expect(oneLog.string("level") == "info")

            let takenDown = try await sandbox.send(.POST, deployments, form: [])
            #expect(takenDown.status == 201)
            #expect(takenDown["build_sid"] is NSNull)
            #expect(try await sandbox.send(.DELETE, "/v1/Services/\(service)/Builds/\(build)").status == 204)
            #expect(try await sandbox.send(.GET, deployments).list("deployments").count == 2)
        }
    }

    @Test func onlyCompletedBuildsCanBeDeployed() async throws {
        try await SandboxHarness.with(buildTime: .seconds(60)) { sandbox in
            let (service, _, version) = try await sandbox.serviceWithFunctionVersion()
            let build = try await sandbox.createBuild(service, functionVersions: [version]).string("sid") ?? ""
            let environment = try await createEnvironment(sandbox, service)
            let response = try await sandbox.send(.POST, "/v1/Services/\(service)/Environments/\(environment)/Deployments", form: [("BuildSid", build)])
            #expect(response.status == 400)
            #expect(response.code == 20001)
        }
    }

    @Test func variablesAreKeyedPerEnvironment() async throws {
        try await SandboxHarness.with { sandbox in
            let service = try await sandbox.createService()
            let environment = try await createEnvironment(sandbox, service)
            let variables = "/v1/Services/\(service)/Environments/\(environment)/Variables"
            let created = try await sandbox.send(.POST, variables, form: [("Key", "API_URL"), ("Value", "https://example.com")])
            #expect(created.status == 201)
            let sid = try #require(created.string("sid"))
            #expect(sid.hasPrefix("ZV"))
            #expect(try await sandbox.send(.POST, variables, form: [("Key", "API_URL"), ("Value", "x")]).status == 409)
            #expect(try await sandbox.send(.POST, variables, form: [("Key", "BIG"), ("Value", String(repeating: "v", count: 451))]).code == 20001)
            let updated = try await sandbox.send(.POST, "\(variables)/\(sid)", form: [("Value", "changed")])
            #expect(updated.string("key") == "API_URL")
            #expect(updated.string("value") == "changed")
            #expect(try await sandbox.send(.GET, variables).list("variables").count == 1)
            #expect(try await sandbox.send(.DELETE, "\(variables)/\(sid)").status == 204)
            #expect(try await sandbox.send(.GET, "\(variables)/\(sid)").code == 20404)
        }
    }
}
