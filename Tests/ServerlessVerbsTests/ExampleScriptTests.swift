import BuildScript
import Foundation
import TestSupport
import Testing

/// The scripts in docs/examples run against the sandbox as their comments promise.
@Suite(.timeLimit(.minutes(2)))
struct ExampleScriptTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/examples")

    static func runFile(_ name: String, _ harness: ScriptHarness) async -> Outcome {
        await harness.interpreter.evaluateFile(at: examples.appendingPathComponent(name).path)
    }

    @Test func theTourRunsAndCleansUpAfterItself() async throws {
        try await ScriptHarness.run { harness in
            let outcome = await Self.runFile("tour.bsh", harness)
            guard case .success = outcome else {
                Issue.record("tour.bsh failed: \(outcome)")
                return
            }
            let printed = harness.stdout.text
            #expect(printed.contains("is completed"))
            #expect(printed.contains("as expected: error 20001"))
            #expect(printed.contains("tour finished"))
            let result1 = try await harness.run("list services | count")
            #expect(result1 == "0\n")
        }
    }

    @Test func theDeployScriptDeploysAndRunsAgain() async throws {
        try await ScriptHarness.run { harness in
            for _ in 0..<2 {
                let outcome = await Self.runFile("deploy.bsh", harness)
                guard case .success = outcome else {
                    Issue.record("deploy.bsh failed: \(outcome)")
                    return
                }
            }
            #expect(harness.stdout.text.contains("deployed ZB"))
            let result2 = try await harness.run("list deployments service=hello-service environment=dev | count")
            #expect(result2 == "2\n")
            let result3 = try await harness.run("list functions service=hello-service | count")
            #expect(result3 == "1\n")
        }
    }

    @Test func theCleanupScriptKeepsTheNewestAndTheLiveBuilds() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await harness.makeBuildableService()
            try await harness.run(
                """
                use service demo
                let oldest = create build functions=[$v1]
                foreach i in range(2) { create build functions=[$v1] }
                create environment unique_name=live
                create deployment live build=$oldest
                """)
            // The newest builds come at least a second later, several sharing a second: the five
            // newest must survive whatever order the API lists builds of one second in.
            let first = try await harness.client.fetchBuild(
                service: harness.variable("svc")["sid"].description, build: harness.variable("oldest")["sid"].description)
            let wait = (first.dateCreated?.date?.timeIntervalSince1970.rounded(.down) ?? 0) + 1.05 - Date().timeIntervalSince1970
            if wait > 0 { try await Task.sleep(for: .milliseconds(Int(wait * 1000))) }
            try await harness.run("foreach i in range(6) { create build functions=[$v1] }; let newest = create build functions=[$v1]")
            // What the exact rule keeps, from the dates the API gave: every build of the 5th newest
            // build's second or later, and the live one.
            let service = harness.variable("svc")["sid"].description
            let before = try await harness.client.listBuilds(service: service).collect()
            let seconds = before.map { ($0.sid, Int($0.dateCreated?.date?.timeIntervalSince1970.rounded(.down) ?? 0)) }
            let cutoff = seconds.map(\.1).sorted(by: >)[4]
            let expected = Set(seconds.filter { $0.1 >= cutoff }.map(\.0)).union([first.sid])
            let outcome = await Self.runFile("cleanup.bsh", harness)
            guard case .success = outcome else {
                Issue.record("cleanup.bsh failed: \(outcome)")
                return
            }
            let printed = harness.stdout.text
            let left = Set(try await harness.client.listBuilds(service: service).collect().map(\.sid))
            #expect(left == expected)
            #expect(left.count >= 6, "the five newest and the live one at least")
            #expect(printed.contains("demo: 10 builds, deleting \(10 - left.count)"))
            let oldest = try await harness.run("fetch build $oldest | select status")
            #expect(oldest.contains("completed"))
            let newest = try await harness.run("fetch build $newest | select status")
            #expect(newest.contains("completed"))
        }
    }
}
