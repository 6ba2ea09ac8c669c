import Foundation
import ServerlessClient
import ServerlessSandbox
import Synchronization
import TestSupport
import Testing

@testable import ServerlessVerbs

/// `cleanup` against the sandbox: the newest builds survive even when many share a second, live
/// builds are never deleted, dry runs delete nothing, failures are reported after the rest ran.
@Suite(.timeLimit(.minutes(3)))
struct CleanupTests {
    /// Creates builds of `$v1` one after the other (so creation order is known) and returns them.
    static func makeBuilds(_ harness: ScriptHarness, count: Int) async throws -> [Build] {
        let service = harness.variable("svc")["sid"].description
        let version = harness.variable("v1")["sid"].description
        var builds: [Build] = []
        for _ in 0..<count { builds.append(try await harness.client.createBuild(service: service, functionVersions: [version])) }
        return builds
    }

    /// The SIDs of the builds left in service demo.
    static func remaining(_ harness: ScriptHarness) async throws -> Set<String> {
        let service = harness.variable("svc")["sid"].description
        return Set(try await harness.client.listBuilds(service: service).collect().map(\.sid))
    }

    /// Waits until the wall clock is in a later second than `date`.
    static func waitForNextSecond(after date: Date?) async throws {
        let target = (date ?? Date()).timeIntervalSince1970.rounded(.down) + 1.05
        let wait = target - Date().timeIntervalSince1970
        if wait > 0 { try await Task.sleep(for: .milliseconds(Int(wait * 1000))) }
    }

    @Test func sameSecondBuildsKeepTheNewestAndDeleteOnlyCertainlyOlderOnes() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await harness.makeBuildableService()
            let old = try await Self.makeBuilds(harness, count: 2)
            try await Self.waitForNextSecond(after: old.last?.dateCreated?.date)
            let recent = try await Self.makeBuilds(harness, count: 5)
            // What the exact rule must do, computed from the dates the API gave.
            let seconds = (old + recent).map { ($0.sid, Int($0.dateCreated?.date?.timeIntervalSince1970.rounded(.down) ?? 0)) }
            let cutoff = seconds.map(\.1).sorted(by: >)[1]
            let expectedGone = Set(seconds.filter { $0.1 < cutoff }.map(\.0))
            // (On a quiet machine several recent builds share a second; CleanupPlanTests pins the ties down exactly.)

            let result = try await harness.run("cleanup service=demo keep=2")
            let left = try await Self.remaining(harness)
            #expect(left.contains(recent[recent.count - 1].sid), "the newest build is kept")
            #expect(left.isDisjoint(with: expectedGone))
            #expect(left == Set((old + recent).map(\.sid)).subtracting(expectedGone))
            #expect(expectedGone.isSuperset(of: old.map(\.sid)))
            #expect(result.contains("demo"))
            #expect(harness.stderr.text.contains("cleanup plan: keep the 2 newest builds"))
            #expect(harness.stderr.text.contains("cleanup: deleted \(expectedGone.count) build"))
        }
    }

    @Test func aBuildAnEnvironmentRunsIsNeverDeletedEvenWithKeepZero() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await harness.makeBuildableService()
            let builds = try await Self.makeBuilds(harness, count: 4)
            try await harness.run("use service demo; let env = create environment unique_name=live; create deployment $env build=\"\(builds[0].sid)\"")
            harness.session.outputFormat = .json
            let json = try await harness.run("cleanup keep=0")
            #expect(try await Self.remaining(harness) == [builds[0].sid])
            let records = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
            #expect(records?.first?["deleted_builds"] as? Int == 3)
            #expect(records?.first?["kept"] as? Int == 1)
            #expect(harness.stderr.text.contains("kept: 1 live"))
        }
    }

    @Test func aDryRunPrintsThePlanAndDeletesNothing() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await harness.makeBuildableService()
            _ = try await Self.makeBuilds(harness, count: 3)
            harness.interpreter.options.dryRun = true
            let printed = try await harness.run("cleanup service=demo keep=0 prune=true")
            harness.interpreter.options.dryRun = false
            #expect(printed.isEmpty)
            #expect(try await Self.remaining(harness).count == 3)
            #expect(try await harness.run("list functions service=demo | count") == "1\n")
            let notes = harness.stderr.text
            #expect(notes.contains("demo: 3 builds · delete: 3 builds and 1 function"))
            #expect(notes.components(separatedBy: "dry run: would delete build ZB").count - 1 == 3)
            #expect(notes.contains("dry run: would delete function \(harness.variable("fn")["sid"].description) in service demo"))
        }
    }

    @Test func pruneDeletesFunctionsOnlyDeletedBuildsUsed() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await harness.makeBuildableService()
            try await harness.run("""
                use service demo
                let other = create function friendly_name=other
                let v2 = create function version $other path=/other visibility=public content="x"
                let old = create build functions=[$v2]
                let kept = create build functions=[$v1]
                let env = create environment unique_name=live
                create deployment $env build=$kept
                """)
            try await harness.run("cleanup keep=0 prune=true")
            let functions = try await harness.run("list functions | select friendly_name")
            #expect(functions == "FRIENDLY NAME\nhello\n")
            #expect(harness.stderr.text.contains("cleanup: deleted 1 build and 1 function"))
        }
    }

    @Test func aFailedDeletionIsReportedAfterTheOthersRan() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await harness.makeBuildableService()
            let builds = try await Self.makeBuilds(harness, count: 5)
            harness.server.faults.inject(
                SandboxFault(method: "DELETE", pathContains: builds[1].sid, status: 400, code: 20001, times: 5))
            let failure = await harness.failure("cleanup service=demo keep=0")
            #expect(failure?.message.contains("1 of 5 deletions failed") == true)
            #expect(failure?.message.contains("build \(builds[1].sid) in service demo") == true)
            #expect(try await Self.remaining(harness) == [builds[1].sid])
            #expect(harness.stderr.text.contains("cleanup: deleted 4 builds · 1 failed"))
        }
    }

    /// The questions a session asked, answered with one fixed answer.
    final class Questions: Sendable {
        private let asked = Mutex<[String]>([])
        let answer: String

        init(answering answer: String) { self.answer = answer }

        var all: [String] { asked.withLock { $0 } }

        /// Interactive options whose questions are recorded here and answered with ``answer``.
        var options: VerbOptions {
            VerbOptions(isInteractive: true, readAnswer: { [self] prompt in
                asked.withLock { $0.append(prompt) }
                return answer
            })
        }
    }

    @Test(arguments: [("y", 0), ("n", 3)])
    func anInteractiveSessionIsAskedOnce(answer: String, left: Int) async throws {
        let questions = Questions(answering: answer)
        try await ScriptHarness.run(buildTime: .zero, options: questions.options) { harness in
            try await harness.makeBuildableService()
            _ = try await Self.makeBuilds(harness, count: 3)
            let failure = await harness.failure("cleanup service=demo keep=0")
            #expect((failure == nil) == (answer == "y"))
            if answer == "n" { #expect(failure?.message.contains("was not confirmed; nothing was deleted") == true) }
            #expect(try await Self.remaining(harness).count == left)
        }
        #expect(questions.all.count == 1)
        #expect(questions.all.first?.hasPrefix("Delete ") == true)
        #expect(questions.all.first?.hasSuffix("in service demo? [y/N] ") == true)
    }

    @Test func workflowVerbsCompleteWithTabAndSafeModeHidesTheDestructiveOnes() async throws {
        try await ScriptHarness.run { harness in
            let interpreter = harness.interpreter
            func texts(_ line: String) -> [String] { interpreter.completions(for: line).map(\.text) }
            #expect(texts("clea") == ["cleanup"])
            #expect(texts("prom") == ["promote"])
            #expect(texts("tail l").contains("logs"))
            #expect(texts("remove s").contains("service"))
            #expect(Set(texts("cleanup ")).isSuperset(of: ["service=", "keep=", "prune="]))
            #expect(texts("cleanup prune=t") == ["prune=true"])
            #expect(Set(texts("promote ")).isSuperset(of: ["from=", "to=", "create="]))
            #expect(Set(texts("tail logs ")).isSuperset(of: ["environment=", "function=", "since=", "for="]))
            interpreter.options.safeMode = true
            #expect(texts("clea").isEmpty)
            #expect(texts("rem").isEmpty)
            #expect(texts("prom") == ["promote"])
        }
    }

    @Test func safeModeHidesCleanupAndRemove() async throws {
        try await ScriptHarness.run { harness in
            harness.interpreter.options.safeMode = true
            #expect(await harness.failure("cleanup")?.message.contains("safe mode") == true)
            #expect(await harness.failure("remove service demo")?.message.contains("safe mode") == true)
            let help = try await harness.run("help")
            #expect(!help.contains("cleanup"))
            #expect(help.contains("promote"))
        }
    }
}
