import Foundation
import ServerlessClient
import ServerlessSandbox
import TestSupport
import Testing

/// The built `buildsh` binary against a sandbox, as a user or a CI job runs it.
@Suite(.serialized, .timeLimit(.minutes(5)))
struct EndToEndTests {
    static let account = SandboxHarness.accountSid
    static let token = SandboxHarness.authToken

    /// Credentials and API URL for a buildsh run against `url`.
    static func environment(_ url: String) -> [String: String] {
        ["TWILIO_ACCOUNT_SID": account, "TWILIO_AUTH_TOKEN": token, "BUILDSH_API_URL": url]
    }

    /// Writes a script to a temporary file.
    static func script(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-\(UUID().uuidString).bsh")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func fullFlowAgainstSandboxServe() async throws {
        let sandbox = try await SandboxProcess(account: Self.account, token: Self.token)
        defer { Task { await sandbox.stop() } }
        let hello = BuildshProcess.packageRoot.appendingPathComponent("docs/examples/hello.js").path
        let file = try Self.script(
            """
            create service unique_name=e2e friendly_name="End to end"
            use service e2e
            let fn = create function friendly_name=hello
            let v = create function version $fn path=/hello visibility=public content=@\(hello)
            let b = await (create build functions=[$v] dependencies={twilio: "5.3.0"} runtime=node22)
            print "built ${$b.sid} ${$b.status}"
            let env = create environment unique_name=dev domain_suffix=dev
            let d = create deployment $env build=$b
            print "deployed ${$d.build_sid}"
            let deployments = list deployments $env | count
            print "deployments: ${$deployments}"
            list builds | select sid, status
            delete service e2e
            let left = list services | count
            print "services left: ${$left}"
            """)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try await BuildshProcess.run([file.path], environment: Self.environment(sandbox.url))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains(" completed\n"))
        #expect(result.stdout.contains("deployments: 1"))
        #expect(result.stdout.contains("SID                                 STATUS\nZB"))
        #expect(result.stdout.contains("services left: 0"))
        #expect(!result.stdout.contains(Self.token) && !result.stderr.contains(Self.token))
        #expect(await sandbox.stop() == 0)
    }

    @Test func aFailedBuildEndsTheScriptWithStatusOneNamingTheBuild() async throws {
        try await SandboxHarness.run { server, client in
            let setup = try await SandboxHarness.makeBuildableService(client, name: "failing")
            let (service, version) = (setup.service, setup.version)
            let result = try await BuildshProcess.run(
                ["-c", #"let b = create build service=failing functions=["\#(version.sid)"] dependencies={twilio: "three"}; await $b"#],
                environment: Self.environment(server.baseURL.absoluteString))
            #expect(result.status == 1)
            let builds = try await client.listBuilds(service: service.sid).collect()
            let sid = try #require(builds.first?.sid)
            #expect(builds.first?.status == .failed)
            #expect(result.stderr.contains("build \(sid) of service \(service.sid) failed"), "stderr: \(result.stderr)")
        }
    }

    @Test func bulkDeletionOf500BuildsInParallelLeavesNone() async throws {
        try await SandboxHarness.run(buildTime: .zero) { server, client in
            let setup = try await SandboxHarness.makeBuildableService(client, name: "bulk")
            let service = setup.service
            _ = try await SandboxHarness.makeBuilds(client, setup, count: 500)
            let clock = ContinuousClock()
            let start = clock.now
            let result = try await BuildshProcess.run(
                ["--yes", "-c", "use service bulk; foreach b in (list builds page_size=100) parallel 16 { delete build $b }"],
                environment: Self.environment(server.baseURL.absoluteString))
            let elapsed = clock.now - start
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(try await client.listBuilds(service: service.sid).collect().isEmpty)
            #expect(result.stderr.contains("500 done · 0 failed"), "stderr: \(result.stderr)")
            print("buildsh deleted 500 builds with parallel 16 in \(elapsed)")
        }
    }

    @Test func dryRunDeletesNothing() async throws {
        try await SandboxHarness.run(buildTime: .zero) { server, client in
            let setup = try await SandboxHarness.makeBuildableService(client, name: "careful")
            let service = setup.service
            _ = try await SandboxHarness.makeBuilds(client, setup, count: 20)
            let result = try await BuildshProcess.run(
                ["--dry-run", "-c", "foreach b in (list builds service=careful) parallel 4 { delete build $b }; delete service careful"],
                environment: Self.environment(server.baseURL.absoluteString))
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(try await client.listBuilds(service: service.sid).collect().count == 20)
            #expect(try await client.fetchService(service: "careful").sid == service.sid)
            #expect(result.stderr.components(separatedBy: "dry run: would delete build ").count - 1 == 20)
            #expect(result.stderr.contains("dry run: would delete service careful"))
        }
    }

    @Test func jsonOutputPipesIntoPythonsJsonParser() async throws {
        try await SandboxHarness.run(buildTime: .zero) { server, client in
            let setup = try await SandboxHarness.makeBuildableService(client, name: "piped")
            let service = setup.service
            _ = try await SandboxHarness.makeBuilds(client, setup, count: 3)
            let command = """
                "$BUILDSH" -o json -c 'list builds service=piped' \
                | python3 -c 'import json, sys; d = json.load(sys.stdin); print(len(d), d[0]["status"], d[0]["service_sid"])'
                """
            let shell = try await BuildshProcess.run(
                ["-c", command], environment: Self.environment(server.baseURL.absoluteString).merging(["BUILDSH": BuildshProcess.binary]) { $1 },
                executable: "/bin/sh")
            #expect(shell.status == 0, "stderr: \(shell.stderr)")
            #expect(shell.stdout == "3 completed \(service.sid)\n")
            let record = try await BuildshProcess.run(
                ["-o", "json", "-c", "fetch service piped"], environment: Self.environment(server.baseURL.absoluteString))
            let parsed = try JSONSerialization.jsonObject(with: Data(record.stdout.utf8)) as? [String: Any]
            #expect(parsed?["unique_name"] as? String == "piped")
        }
    }
}
