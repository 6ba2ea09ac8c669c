import Foundation
import ServerlessSandbox
import Testing

@Suite("Builds and the build pipeline")
struct BuildTests {
    @Test func aBuildEmbedsVersionObjectsAndCompletesAfterTheBuildTime() async throws {
        let buildTime = Duration.seconds(5)
        try await SandboxHarness.with(buildTime: buildTime) { sandbox in
            let (service, function, version) = try await sandbox.serviceWithFunctionVersion()
            let asset = try await sandbox.createAsset(service)
            let assetVersion = try await sandbox.uploadAssetVersion(service, asset)
            let clock = ContinuousClock()
            let creating = clock.now
            let created = try await sandbox.createBuild(
                service, functionVersions: [version], assetVersions: [assetVersion],
                dependencies: #"[{"name":"twilio","version":"3.29.2"},{"name":"@twilio/runtime-handler","version":"1.0.1"}]"#
            )
            #expect(created.status == 201)
            #expect(created.string("status") == "building")
            let build = try #require(created.string("sid"))
            #expect(build.hasPrefix("ZB"))
            let functionVersions = created.list("function_versions")
            #expect(functionVersions.count == 1)
            #expect(functionVersions.first?["sid"] as? String == version)
            #expect(functionVersions.first?["function_sid"] as? String == function)
            #expect(functionVersions.first?["path"] as? String == "/hello")
            #expect(created.list("asset_versions").first?["asset_sid"] as? String == asset)
            #expect(created.list("dependencies").map { $0["name"] as? String } == ["twilio", "@twilio/runtime-handler"])
            #expect(created.string("runtime") == "node22")
            let url = "\(sandbox.base)/v1/Services/\(service)/Builds/\(build)"
            #expect(created.string("url") == url)
            #expect((created["links"] as? [String: String])?["build_status"] == url + "/Status")

            let early = try await sandbox.send(.GET, url + "/Status")
            // A machine busy enough to take the whole build time getting here has seen it finish.
            if creating.duration(to: clock.now) < buildTime {
                #expect(early.string("status") == "building")
            }
            #expect(early.json.keys.sorted() == ["account_sid", "service_sid", "sid", "status", "url"])
            #expect(try await sandbox.waitForBuild(service, build) == "completed")
            let fetched = try await sandbox.send(.GET, url)
            #expect(fetched.string("status") == "completed")
            #expect(fetched.string("date_updated") != fetched.string("date_created"))
        }
    }

    @Test(arguments: [
        #"[{"name":"twilio","version":"3.29.2"}]"#,
        #""[{"name":"twilio","version":"3.29.2"}]""#,
        #""[{\"name\":\"twilio\",\"version\":\"3.29.2\"}]""#,
        #"{"twilio":"^3.29.2"}"#,
    ])
    func dependenciesAreReadInEveryFormClientsSend(field: String) async throws {
        try await SandboxHarness.with { sandbox in
            let (service, _, version) = try await sandbox.serviceWithFunctionVersion()
            let created = try await sandbox.createBuild(service, functionVersions: [version], dependencies: field)
            #expect(created.status == 201)
            #expect(created.list("dependencies").first?["name"] as? String == "twilio")
        }
    }

    @Test(arguments: [
        (#"[{"name":"twilio","version":"not-a-version"}]"#, "exports.handler = () => {};"),
        (#"[{"name":"twilio","version":"3.29"}]"#, ""),
    ])
    func buildsFailByTheDocumentedRules(dependencies: String, content: String) async throws {
        try await SandboxHarness.with { sandbox in
            let (service, _, version) = try await sandbox.serviceWithFunctionVersion(content: content)
            let created = try await sandbox.createBuild(service, functionVersions: [version], dependencies: dependencies)
            #expect(created.status == 201)
            #expect(created.string("status") == "building")
            let build = try #require(created.string("sid"))
            #expect(try await sandbox.waitForBuild(service, build) == "failed")
            let status = try await sandbox.send(.GET, "/v1/Services/\(service)/Builds/\(build)/Status")
            #expect(status.headers.first(name: "X-Sandbox-Failure-Reason")?.isEmpty == false)
        }
    }

    @Test func aZeroBuildTimeCompletesAtOnce() async throws {
        try await SandboxHarness.with(buildTime: .zero) { sandbox in
            let (service, _, version) = try await sandbox.serviceWithFunctionVersion()
            let created = try await sandbox.createBuild(service, functionVersions: [version])
            #expect(created.string("status") == "completed")
        }
    }

    @Test func invalidBuildsAre20001() async throws {
        try await SandboxHarness.with { sandbox in
            let (service, _, version) = try await sandbox.serviceWithFunctionVersion()
            let (otherService, _, foreignVersion) = try await sandbox.serviceWithFunctionVersion("other")
            _ = otherService
            let empty = try await sandbox.createBuild(service)
            #expect(empty.code == 20001)
            #expect(empty.string("message") == "At least one Function Version or Asset Version is required for Build")
            let cases: [(String, APIResponse)] = [
                ("bad sid", try await sandbox.createBuild(service, functionVersions: ["ZNnot-a-sid"])),
                ("wrong prefix", try await sandbox.createBuild(service, functionVersions: ["ZB" + String(repeating: "0", count: 32)])),
                ("other service", try await sandbox.createBuild(service, functionVersions: [foreignVersion])),
                ("function version as asset", try await sandbox.createBuild(service, assetVersions: [version])),
                ("unknown version", try await sandbox.createBuild(service, functionVersions: ["ZN" + String(repeating: "0", count: 32)])),
                ("bad dependencies", try await sandbox.createBuild(service, functionVersions: [version], dependencies: "{nope")),
                ("bad runtime", try await sandbox.send(.POST, "/v1/Services/\(service)/Builds", form: [("FunctionVersions", version), ("Runtime", "python3")])),
            ]
            for (why, response) in cases {
                #expect(response.status == 400, "\(why)")
                #expect(response.code == 20001, "\(why)")
            }
        }
    }

    @Test func deletingABuildRemovesIt() async throws {
        try await SandboxHarness.with { sandbox in
            let (service, build) = try await sandbox.completedBuild()
            #expect(try await sandbox.send(.DELETE, "/v1/Services/\(service)/Builds/\(build)").status == 204)
            #expect(try await sandbox.send(.GET, "/v1/Services/\(service)/Builds/\(build)").code == 20404)
            #expect(try await sandbox.send(.GET, "/v1/Services/\(service)/Builds/\(build)/Status").code == 20404)
        }
    }

    @Test func seededSandboxesIssueTheSameSids() async throws {
        var runs: [[String]] = []
        for _ in 0..<2 {
            try await SandboxHarness.with(seed: 42) { sandbox in
                let (service, function, version) = try await sandbox.serviceWithFunctionVersion()
                runs.append([service, function, version])
            }
        }
        #expect(runs[0] == runs[1])
    }
}
