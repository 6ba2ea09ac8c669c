import BuildScript
import Foundation
import TestSupport
import Testing

@testable import ServerlessVerbs

/// The resource verbs against a real sandbox: what a script user types and sees.
@Suite(.timeLimit(.minutes(2)))
struct ResourceVerbTests {
    /// What the REPL keeps out of history and `.save`: a variable's value as typed, in `create`
    /// and `update`, with the key it belongs to; not a value read from elsewhere.
    @Test func aVariablesValueIsASensitiveArgument() async throws {
        try await ScriptHarness.run { harness in
            let source = #"create variable service=S environment=dev key=STRIPE_SECRET value=sk_test_abc123; "#
                + #"update variable ZV00000000000000000000000000000000 value="x"; create variable key=K value=$v"#
            let found = try #require(harness.interpreter.sensitiveArguments(in: source))
            #expect(found.map(\.command) == ["create variable", "update variable"])
            #expect(found[0].otherArguments["key"] == "STRIPE_SECRET")
            #expect(found[0].otherArguments["service"] == "S")
        }
    }

    @Test func createAwaitDeployAndListThroughTheUseContext() async throws {
        try await ScriptHarness.run { harness in
            try await harness.makeBuildableService()
            try await harness.run(
                """
                use service demo
                let b = create build functions=[$v1] dependencies={twilio: "5.3.0"} runtime=node22
                let done = await $b
                let prod = create environment unique_name=production domain_suffix=prod
                use environment production
                let d = create deployment build=$done
                create variable key=GREETING value=hello
                """)
            #expect(harness.variable("done")["status"] == "completed")
            #expect(harness.variable("done")["dependencies"] == [["name": "twilio", "version": "5.3.0"]])
            #expect(harness.variable("d")["build_sid"] == harness.variable("b")["sid"])
            #expect(harness.session.context.promptLabel == "demo/production")
            let table = try await harness.run("list builds")
            let lines = table.split(separator: "\n")
            #expect(lines.first == "SID                                 STATUS     DATE CREATED")
            #expect(lines.count == 2 && lines[1].contains("completed"))
            let variables = try await harness.run("list variables | select key, value")
            #expect(variables == "KEY       VALUE\nGREETING  hello\n")
            let environment = try await harness.run("fetch environment production")
            #expect(environment.contains("unique_name    production"))
        }
    }

    @Test func aBuildWithoutVersionsShowsTwiliosError20001() async throws {
        try await ScriptHarness.run { harness in
            try await harness.run("create service unique_name=empty friendly_name=Empty; use service empty")
            let failure = await harness.failure("create build runtime=node22")
            #expect(failure?.code == 20001)
            #expect(failure?.message == "At least one Function Version or Asset Version is required for Build")
            try await harness.run("try { create build } catch e { let status = $e.details.status; let path = $e.details.path }")
            #expect(harness.variable("status") == 400)
            #expect(harness.variable("path").description.hasSuffix("/Builds"))
        }
    }

    @Test(arguments: [
        ("delete deployment ZD00000000000000000000000000000001", "the Serverless API cannot delete a deployment (deployments support: create, list, fetch)"),
        ("delete log NO00000000000000000000000000000001", "the Serverless API cannot delete a log (logs support: list, fetch)"),
        ("delete function version ZN00000000000000000000000000000001", "the Serverless API cannot delete a function version (function versions support: create, list, fetch)"),
    ])
    func operationsTheApiLacksAreExplained(source: String, message: String) async throws {
        try await ScriptHarness.run { harness in
            #expect(await harness.failure(source)?.message == message)
        }
    }

    @Test func explicitServiceOverridesTheContextAndRecordsCarryTheirService() async throws {
        try await ScriptHarness.run { harness in
            try await harness.makeBuildableService("first")
            try await harness.run("let b1 = create build service=first functions=[$v1]")
            try await harness.makeBuildableService("second")
            try await harness.run("use service first")
            let fromSecond = try await harness.run("list functions service=second | count")
            #expect(fromSecond == "1\n")
            // A record from the other service finds its way without service=.
            let fetched = try await harness.run("let f = fetch function $fn; print ($f.service_sid == $svc.sid)")
            #expect(fetched == "true\n")
        }
    }

    @Test func wrongKindsOfSidAndMissingContextAreClearErrors() async throws {
        try await ScriptHarness.run { harness in
            try await harness.makeBuildableService()
            #expect(await harness.failure("list builds")?.message == "list build needs a service: `use service NAME` or pass service=…")
            #expect(
                await harness.failure("fetch build $svc")?.message
                    == "expected a build SID (ZB…), got '\(harness.variable("svc")["sid"].description)'")
            #expect(
                await harness.failure("fetch function hello service=demo")?.message
                    == "'hello' is not a function SID; pass a SID or a record from an earlier command")
            #expect(await harness.failure("use environment nope service=demo")?.message == "no environment named 'nope' in service \(harness.variable("svc")["sid"].description)")
            // `an` before a vowel sound: asset, environment.
            #expect(
                await harness.failure("fetch asset logo service=demo")?.message
                    == "'logo' is not an asset SID; pass a SID or a record from an earlier command")
            #expect(
                await harness.failure("fetch environment $svc service=demo")?.message
                    == "expected an environment SID (ZE…), got '\(harness.variable("svc")["sid"].description)'")
        }
    }

    @Test func listIsLazySoFirstFiveFetchesOnePage() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await harness.makeBuildableService()
            try await harness.run("use service demo")
            let service = harness.variable("svc")["sid"].description
            let version = harness.variable("v1")["sid"].description
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<60 {
                    group.addTask { _ = try await harness.client.createBuild(service: service, functionVersions: [version]) }
                }
                try await group.waitForAll()
            }
            let before = harness.server.requestCount(method: "GET", pathContains: "/Builds")
            let firstFive = try await harness.run("list builds | first 5 | count")
            #expect(firstFive == "5\n")
            #expect(harness.server.requestCount(method: "GET", pathContains: "/Builds") - before == 1)
            let all = try await harness.run("list builds page_size=7 | count")
            #expect(all == "60\n")
            #expect(harness.server.requestCount(method: "GET", pathContains: "/Builds") - before == 1 + 9)
            let limited = try await harness.run("list builds limit=12 | count")
            #expect(limited == "12\n")
        }
    }

    @Test func resultsFeedTheSeenIdentifiersForCompletion() async throws {
        try await ScriptHarness.run { harness in
            try await harness.makeBuildableService()
            try await harness.run("list services | count")
            let seen = harness.session.seenIdentifiers
            #expect(seen.completions(prefix: "de") == ["demo"])
            let service = harness.variable("svc")["sid"].description
            #expect(seen.completions(prefix: "ZS").contains(service))
            #expect(seen.completions(prefix: "ZH", noun: "function").count == 1)
        }
    }

    @Test func versionContentUploadsFromAFileAndReadsBack() async throws {
        try await ScriptHarness.run { harness in
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("verbs-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let file = directory.appendingPathComponent("hello.js")
            try Data("exports.handler = () => {};\n".utf8).write(to: file)
            try await harness.run(
                """
                create service unique_name=files friendly_name=Files
                use service files
                let fn = create function friendly_name=hello
                let v = create function version $fn path=/hello visibility=protected content=@\(file.path)
                let c = fetch function version content $v
                """)
            #expect(harness.variable("v")["visibility"] == "protected")
            #expect(harness.variable("c")["content"] == "exports.handler = () => {};\n")
            #expect(await harness.failure("create function version $fn path=/x visibility=secret content=x")?.message.contains("visibility") == true)
        }
    }
}
