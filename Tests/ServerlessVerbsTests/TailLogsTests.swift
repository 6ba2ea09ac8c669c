import Foundation
import ServerlessClient
import Synchronization
import TestSupport
import Testing

@testable import ServerlessVerbs

/// `tail logs`: each line once across pages and polls, in time order, until `for=` ends.
@Suite(.timeLimit(.minutes(2)))
struct TailLogsTests {
    /// A log line `n` dated `second` seconds after a fixed instant.
    static func log(_ n: Int, second: Int) throws -> Log {
        let date = Date(timeIntervalSince1970: 1_800_000_000 + Double(second))
        let json = #"{"sid": "NO\#(String(format: "%032d", n))", "message": "line \#(n)", "date_created": "\#(Timestamp(date).text)"}"#
        return try JSONDecoder().decode(Log.self, from: Data(json.utf8))
    }

    @Test func aLineIsShownOnceInTimeOrderAndOldSidsAreForgotten() throws {
        var follower = LogFollower(start: Date(timeIntervalSince1970: 1_800_000_000))
        // The API's order is not time order; the second poll repeats two lines.
        let first = try follower.accept([Self.log(2, second: 1), Self.log(1, second: 0), Self.log(3, second: 1)])
        #expect(first.map(\.message) == ["line 1", "line 2", "line 3"])
        let second = try follower.accept([Self.log(3, second: 1), Self.log(2, second: 1), Self.log(4, second: 2)])
        #expect(second.map(\.message) == ["line 4"])
        // Far later lines move the window on: the first ones can no longer come back, so they are forgotten.
        _ = try follower.accept([Self.log(5, second: 100)])
        #expect(follower.rememberedCount == 1)
        #expect(follower.windowStart == Date(timeIntervalSince1970: 1_800_000_000 + 100 - LogFollower.overlap))
    }

    @Test func theTailPollsEveryIntervalWithAStartDateAndYieldsEachLineOnce() async throws {
        let starts = Mutex<[Date]>([])
        // Every poll returns all lines so far (one more each time), ignoring the start date: most
        // are repeats, and the early ones fall out of the window (their SIDs forgotten).
        let tail = LogTail(start: Date(timeIntervalSince1970: 1_800_000_000), interval: .milliseconds(20), duration: nil) { start in
            let count = starts.withLock { $0.append(start); return $0.count }
            return try (1...count).map { try Self.log($0, second: $0 * 3) }
        }
        let started = ContinuousClock.now
        var seen: [String] = []
        for try await log in tail {
            seen.append(log.message ?? "")
            if seen.count == 8 { break }
        }
        // Eight polls 20ms apart; at the default one a second they would take at least 7 seconds,
        // the only bound that separates the two (a starved full run once took 5.6 s for these).
        #expect(ContinuousClock.now - started < .seconds(7))
        #expect(seen == (1...8).map { "line \($0)" })
        let polls = starts.withLock { $0 }
        #expect(polls.count == 8)
        #expect(zip(polls, polls.dropFirst()).allSatisfy { $0 <= $1 }, "the start date never goes back")
    }

    @Test func tailForADurationPrintsOldAndNewLinesOnceThenStops() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            harness.interpreter.register(TailLogsVerb.verb(session: harness.session, interval: .milliseconds(100)))
            try await harness.makeBuildableService()
            try await harness.run("""
                use service demo
                let b1 = create build functions=[$v1]
                let b2 = create build functions=[$v1]
                let dev = create environment unique_name=dev
                create deployment $dev build=$b1
                """)
            let service = harness.variable("svc")["sid"].description
            let environment = harness.variable("dev")["sid"].description
            let build = harness.variable("b2")["sid"].description
            let started = ContinuousClock.now
            async let printed = harness.run("tail logs environment=dev for=1500ms")
            try await Task.sleep(for: .milliseconds(400))
            _ = try await harness.client.createDeployment(service: service, environment: environment, build: build)
            let lines = try await printed.split(separator: "\n").map(String.init)
            let elapsed = ContinuousClock.now - started
            #expect(elapsed >= .milliseconds(1500) && elapsed < .seconds(20))
            // Two deployments, each logging a line for itself and one for /hello.
            #expect(lines.count == 4, "\(lines)")
            #expect(lines.filter { $0.contains("Function /hello deployed") }.count == 2)
            #expect(lines.first?.contains("made build \(harness.variable("b1")["sid"].description) live") == true)
            #expect(lines.allSatisfy { $0.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ  info   "#, options: .regularExpression) != nil })
            // At least the first poll and the last one at the end of for= (more on a machine not busy).
            let polls = harness.server.requestCount(method: "GET", pathContains: "/Logs")
            #expect(polls >= 2, "got \(polls) polls")
        }
    }

    @Test func ndjsonStreamsOneRecordPerLineEachOnce() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            harness.interpreter.register(TailLogsVerb.verb(session: harness.session, interval: .milliseconds(50)))
            try await harness.makeBuildableService()
            try await harness.run("use service demo; let b = create build functions=[$v1]; let dev = create environment unique_name=dev; create deployment $dev build=$b; use environment dev")
            harness.session.outputFormat = .ndjson
            let lines = try await harness.run("tail logs for=300ms since=1h").split(separator: "\n")
            let records = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            #expect(records.count == 2)
            #expect(Set(records.compactMap { $0?["sid"] as? String }).count == 2)
        }
    }

    @Test func withoutForItRunsUntilCancelled() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            harness.interpreter.register(TailLogsVerb.verb(session: harness.session, interval: .milliseconds(50)))
            try await harness.makeBuildableService()
            try await harness.run("use service demo; create environment unique_name=dev")
            let interpreter = harness.interpreter
            let tail = Task { await interpreter.evaluate("tail logs environment=dev", file: "test.bsh") }
            // Cancel once it has polled a few times (the machine may be slow to start it).
            for _ in 0..<100 where harness.server.requestCount(method: "GET", pathContains: "/Logs") < 3 {
                try await Task.sleep(for: .milliseconds(50))
            }
            let started = ContinuousClock.now
            tail.cancel()
            let outcome = await tail.value
            #expect(ContinuousClock.now - started < .seconds(5))
            if case .cancelled = outcome {} else { Issue.record("expected cancellation, got \(outcome)") }
            #expect(harness.server.requestCount(method: "GET", pathContains: "/Logs") >= 3)
        }
    }

    @Test func badArgumentsAreExplained() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await harness.makeBuildableService()
            #expect(await harness.failure("use service demo; tail logs for=1s")?.message.contains("needs an environment") == true)
            #expect(await harness.failure("tail logs environment=nosuch for=1s")?.message == "no environment named 'nosuch' in service demo")
            try await harness.run("create environment unique_name=dev")
            #expect(await harness.failure("tail logs environment=dev function=nosuch for=1s")?.message == "no function named 'nosuch' in service demo")
            #expect(await harness.failure("tail logs environment=dev for=0s")?.message.contains("for expects a duration above 0s") == true)
        }
    }
}
