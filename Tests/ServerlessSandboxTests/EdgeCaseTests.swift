import Foundation
import ServerlessSandbox
import Testing

/// Rules that are easy to miss: path SIDs, nested unique names, live-resource protection, filters,
/// concurrency and the on-disk format.
@Suite("Edge cases")
struct EdgeCaseTests {
    @Test(arguments: [
        "/v1/Services/ZS0/Functions", "/v1/Services/demo/Builds/not-a-sid", "/v1/Services/demo/Builds/ZB0000",
        "/v1/Services/demo/Functions/ZB00000000000000000000000000000000",
        "/v1/Services/demo/Environments/nope/Variables",
    ])
    func malformedOrUnknownPathSidsAre20404(path: String) async throws {
        try await SandboxHarness.with { sandbox in
            _ = try await sandbox.createService("demo")
            let response = try await sandbox.send(.GET, path)
            #expect(response.status == 404)
            #expect(response.code == 20404)
        }
    }

    @Test func environmentsAreAddressableByUniqueNameInNestedPaths() async throws {
        try await SandboxHarness.with { sandbox in
            _ = try await sandbox.createService("shop")
            let created = try await sandbox.send(.POST, "/v1/Services/shop/Environments", form: [("UniqueName", "live")])
            #expect(created.status == 201)
            let variable = try await sandbox.send(.POST, "/v1/Services/shop/Environments/live/Variables", form: [("Key", "A"), ("Value", "1")])
            #expect(variable.status == 201)
            #expect(variable.string("environment_sid") == created.string("sid"))
        }
    }

    @Test func aFunctionInALiveBuildCannotBeDeleted() async throws {
        try await SandboxHarness.with { sandbox in
            let (service, function, version) = try await sandbox.serviceWithFunctionVersion()
            let build = try await sandbox.createBuild(service, functionVersions: [version]).string("sid") ?? ""
            #expect(try await sandbox.waitForBuild(service, build) == "completed")
            let environment = try await sandbox.send(.POST, "/v1/Services/\(service)/Environments", form: [("UniqueName", "prod")]).string("sid") ?? ""
            let deployments = "/v1/Services/\(service)/Environments/\(environment)/Deployments"
            #expect(try await sandbox.send(.POST, deployments, form: [("BuildSid", build)]).status == 201)
            let blocked = try await sandbox.send(.DELETE, "/v1/Services/\(service)/Functions/\(function)")
            #expect(blocked.status == 409)
            #expect(blocked.code == 20409)
            #expect(try await sandbox.send(.POST, deployments).status == 201)
            #expect(try await sandbox.send(.DELETE, "/v1/Services/\(service)/Functions/\(function)").status == 204)
            // The build still exists and lists what is left of it.
            #expect(try await sandbox.send(.GET, "/v1/Services/\(service)/Builds/\(build)").status == 200)
        }
    }

    @Test func aBuildOfAnotherServiceCannotBeDeployed() async throws {
        try await SandboxHarness.with { sandbox in
            let (_, build) = try await sandbox.completedBuild("one")
            let other = try await sandbox.createService("two")
            let environment = try await sandbox.send(.POST, "/v1/Services/\(other)/Environments", form: [("UniqueName", "prod")]).string("sid") ?? ""
            let response = try await sandbox.send(.POST, "/v1/Services/\(other)/Environments/\(environment)/Deployments", form: [("BuildSid", build)])
            #expect(response.status == 400)
            #expect(response.code == 20001)
        }
    }

    @Test func logsAreFilteredByDate() async throws {
        try await SandboxHarness.with { sandbox in
            let (service, build) = try await sandbox.completedBuild()
            let environment = try await sandbox.send(.POST, "/v1/Services/\(service)/Environments", form: [("UniqueName", "prod")]).string("sid") ?? ""
            _ = try await sandbox.send(.POST, "/v1/Services/\(service)/Environments/\(environment)/Deployments", form: [("BuildSid", build)])
            let logs = "/v1/Services/\(service)/Environments/\(environment)/Logs"
            #expect(try await sandbox.send(.GET, logs).list("logs").count == 2)
            let future = try await sandbox.send(.GET, logs + "?StartDate=2999-01-01T00:00:00Z")
            #expect(future.list("logs").isEmpty)
            #expect((future.meta["first_page_url"] as? String)?.contains("StartDate=2999-01-01T00%3A00%3A00Z") == true)
            let past = try await sandbox.send(.GET, logs + "?StartDate=2000-01-01T00:00:00Z&EndDate=2000-01-02T00:00:00Z")
            #expect(past.list("logs").isEmpty)
            #expect(try await sandbox.send(.GET, logs + "?StartDate=yesterday").code == 20001)
        }
    }

    @Test func aDependencyWithoutANameFailsTheBuild() async throws {
        try await SandboxHarness.with(buildTime: .zero) { sandbox in
            let (service, _, version) = try await sandbox.serviceWithFunctionVersion()
            let created = try await sandbox.createBuild(service, functionVersions: [version], dependencies: #"[{"name":"","version":"1.0.0"}]"#)
            #expect(created.string("status") == "failed")
        }
    }

    @Test func concurrentCreatesAllSucceed() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-concurrent-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        try await SandboxHarness.with(storage: .file(path)) { sandbox in
            let service = try await sandbox.createService()
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<24 {
                    group.addTask {
                        try await sandbox.send(.POST, "/v1/Services/\(service)/Functions", form: [("FriendlyName", "f\(index)")]).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses == Array(repeating: 201, count: 24))
            let listed = try await sandbox.send(.GET, "/v1/Services/\(service)/Functions?PageSize=100").list("functions")
            #expect(Set(listed.compactMap { $0["sid"] as? String }).count == 24)
            #expect(FileManager.default.fileExists(atPath: path + "-wal"), "the database runs in WAL mode")
        }
    }
}
