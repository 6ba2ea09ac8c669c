import BuildScript
import Synchronization
import TestSupport
import Testing

@testable import ServerlessVerbs

/// Destructive work: dry run, confirmation, parallel loops with progress and a summary.
@Suite(.timeLimit(.minutes(3)))
struct SafetyTests {
    /// Creates `count` builds of `$v1` in service demo directly through the client.
    static func makeBuilds(_ harness: ScriptHarness, count: Int) async throws {
        let service = harness.variable("svc")["sid"].description
        let version = harness.variable("v1")["sid"].description
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<count {
                group.addTask { _ = try await harness.client.createBuild(service: service, functionVersions: [version]) }
            }
            try await group.waitForAll()
        }
    }

    @Test func dryRunPrintsWhatItWouldDoAndChangesNothing() async throws {
        try await ScriptHarness.run(buildTime: .zero, dryRun: true) { harness in
            // Dry run skips creation too, so the fixtures come from the client.
            let service = try await harness.client.createService(uniqueName: "demo", friendlyName: "Demo")
            let function = try await harness.client.createFunction(service: service.sid, friendlyName: "f")
            let version = try await harness.client.createFunctionVersion(
                service: service.sid, function: function.sid, path: "/f", visibility: .public, content: .init("x".utf8))
            for _ in 0..<3 { _ = try await harness.client.createBuild(service: service.sid, functionVersions: [version.sid]) }
            try await harness.run("use service demo; foreach b in (list builds) parallel 4 { delete build $b }; create build functions=[\"\(version.sid)\"]")
            #expect(try await harness.run("list builds | count") == "3\n")
            let notes = harness.stderr.text
            #expect(notes.components(separatedBy: "dry run: would delete build ZB").count - 1 == 3)
            #expect(notes.contains("in service \(service.sid)"))
            #expect(notes.contains("dry run: would create build in service \(service.sid) with functions=[\(version.sid)]"))
        }
    }

    @Test func aDryRunFlowRunsToItsEndOnPlaceholderRecords() async throws {
        try await ScriptHarness.run(buildTime: .zero, dryRun: true) { harness in
            try await harness.run("""
                let s = create service unique_name=flow friendly_name=Flow
                let f = create function service=$s friendly_name=hello
                let v = create function version service=$s function=$f path=/hello content="x" visibility=public
                let b = await (create build service=$s functions=[$v] runtime=node22)
                let e = create environment service=$s unique_name=dev domain_suffix=dev
                let d = create deployment service=$s environment=$e build=$b
                """)
            let build = harness.variable("b")
            #expect(build["sid"] == .string("ZB00000000000000000000000000dryrun"))
            #expect(build["dry_run"] == .bool(true))
            #expect(build["status"] == .string("completed"))
            #expect(build["service_sid"] == .string("ZS00000000000000000000000000dryrun"))
            #expect(build["functions"] == .list([.string("ZN00000000000000000000000000dryrun")]))
            #expect(build["runtime"] == .string("node22"))
            #expect(harness.variable("d")["build"] == .string("ZB00000000000000000000000000dryrun"))
            let notes = harness.stderr.text
            #expect(notes.components(separatedBy: "dry run: would create ").count - 1 == 6)
            #expect(notes.contains("dry run: would create deployment in environment ZE00000000000000000000000000dryrun"))
            #expect(try await harness.run("list services | count") == "0\n")
        }
    }

    @Test func anUnsupportedActionReadsWithTheRightArticle() async throws {
        try await ScriptHarness.run { harness in
            let failure = await harness.failure("delete asset version ZN00000000000000000000000000000000")
            #expect(failure?.message.hasPrefix("the Serverless API cannot delete an asset version") == true)
        }
    }

    @Test func parallelDeletionLeavesNoneAndSummarises() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await harness.makeBuildableService()
            try await harness.run("use service demo")
            try await Self.makeBuilds(harness, count: 40)
            try await harness.run("foreach b in (list builds) parallel 8 { delete build $b }")
            #expect(try await harness.run("list builds | count") == "0\n")
            #expect(harness.stderr.text.contains("40 done · 0 failed"))
        }
    }

    @Test func oneFailingItemDoesNotStopTheOthersAndIsListed() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await harness.makeBuildableService()
            try await harness.run("use service demo")
            try await Self.makeBuilds(harness, count: 5)
            try await harness.run(
                "let env = create environment unique_name=live; let keep = (list builds | first 1)[0]; create deployment $env build=$keep")
            let failure = await harness.failure("foreach b in (list builds) parallel 3 { delete build $b }")
            #expect(failure?.message.contains("1 of 5 items failed") == true)
            #expect(failure?.message.contains(harness.variable("keep")["sid"].description) == true)
            #expect(failure?.message.contains("Cannot delete Build") == true)
            #expect(try await harness.run("list builds | count") == "1\n")
            #expect(harness.stderr.text.contains("4 done · 1 failed"))
        }
    }

    @Test(arguments: [("y", "0\n"), ("n", "3\n")])
    func anInteractiveSessionAsksBeforeDeletingMany(answer: String, remaining: String) async throws {
        let asked = Mutex<[String]>([])
        let options = VerbOptions(isInteractive: true, readAnswer: { prompt in
            asked.withLock { $0.append(prompt) }
            return answer
        })
        try await ScriptHarness.run(buildTime: .zero, options: options) { harness in
            try await harness.makeBuildableService()
            try await harness.run("use service demo")
            try await Self.makeBuilds(harness, count: 3)
            _ = await harness.failure("foreach b in (list builds | sort date_created) { delete build $b }")
            #expect(try await harness.run("list builds | count") == remaining)
        }
        #expect(asked.withLock { $0 } == ["Delete up to 3 builds in service demo? [y/N] "])
    }

    @Test func assumeYesAndNonInteractiveSessionsNeverAsk() async throws {
        for options in [VerbOptions(assumeYes: true, isInteractive: true), VerbOptions(isInteractive: false)] {
            var options = options
            options.readAnswer = { _ in Issue.record("asked a question"); return "n" }
            try await ScriptHarness.run(buildTime: .zero, options: options) { harness in
                try await harness.makeBuildableService()
                try await harness.run("use service demo")
                try await Self.makeBuilds(harness, count: 3)
                try await harness.run("foreach b in (list builds | first 3) { delete build $b }")
                #expect(try await harness.run("list builds | count") == "0\n")
            }
        }
    }

    @Test func safeModeHidesDeletion() async throws {
        try await ScriptHarness.run { harness in
            harness.interpreter.options.safeMode = true
            try await harness.makeBuildableService()
            #expect(await harness.failure("delete service demo")?.message.contains("safe mode") == true)
        }
    }

    @Test func aPipelineIntoDeleteDeletesWhatTheFilterKeeps() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await harness.makeBuildableService()
            try await harness.run(#"use service demo; create build functions=[$v1]; create build functions=[$v1] dependencies={x: "bad version"}"#)
            try await harness.run(#"list builds | where status == "failed" | delete build"#)
            let left = try await harness.run("list builds | select status")
            #expect(left == "STATUS\ncompleted\n")
        }
    }
}
