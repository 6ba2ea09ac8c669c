import BuildScript
import Foundation
import Synchronization
import Testing

/// Cancelling (Ctrl-C) a `foreach … parallel N` loop while bodies are running: the bodies that had
/// started and not finished are "outcome unknown" in the summary, so it brackets what happened:
/// done ≤ what took effect ≤ done + outcome unknown.
@Suite("Parallel loop cancellation")
struct ParallelCancellationTests {
    /// A `send ITEM` verb standing for a request: it takes effect as soon as it is sent, then waits
    /// for an answer; items named `slow` never get one (until cancelled), items named `failing` get
    /// an error.
    private final class Remote: Sendable {
        private let effects = Mutex<[String]>([])
        let slow: Set<String>
        let failing: Set<String>

        init(slow: Set<String>, failing: Set<String> = []) {
            self.slow = slow
            self.failing = failing
        }

        /// What was sent, whether or not an answer came back.
        var sent: [String] { effects.withLock { $0 } }

        var verb: Verb {
            Verb("send", summary: "Send an item and wait for the answer.", parameters: [.positional("item")]) { arguments, _ in
                let item = arguments["item"] ?? .null
                let name = item["sid"].stringValue ?? item.description
                self.effects.withLock { $0.append(name) }
                if self.slow.contains(name) { try await Task.sleep(for: .seconds(3600)) }
                if self.failing.contains(name) { throw VerbError("refused \(name)") }
                return .null
            }
        }
    }

    private func run(_ source: String, _ remote: Remote, until started: Int) async throws -> (Outcome, TestHost) {
        let host = TestHost()
        let interpreter = Interpreter(host: host)
        interpreter.register(remote.verb)
        let task = Task { await interpreter.evaluate(source) }
        let deadline = ContinuousClock.now + .seconds(30)
        while remote.sent.count < started {
            guard ContinuousClock.now < deadline else {
                task.cancel()
                Issue.record("only \(remote.sent.count) of \(started) items started")
                return (await task.value, host)
            }
            try await Task.sleep(for: .milliseconds(5))
        }
        task.cancel()
        return (await task.value, host)
    }

    @Test func bodiesRunningWhenTheLoopIsCancelledAreCountedAndListedAsOutcomeUnknown() async throws {
        // Items 0 and 1 answer; 2 to 5 are sent and wait; 6 to 9 never start.
        let remote = Remote(slow: ["2", "3", "4", "5"])
        let (outcome, host) = try await run("foreach i in range(10) parallel 4 { send $i }", remote, until: 6)
        #expect(outcome == .cancelled)
        let summary = try #require(host.summaries.last)
        #expect(summary.succeeded == 2)
        #expect(summary.failed == 0)
        #expect(summary.outcomeUnknown.map(\.index) == [2, 3, 4, 5])
        #expect(summary.outcomeUnknown.map(\.label) == ["2", "3", "4", "5"])
        #expect(summary.outcomeUnknown.map(\.item) == [2, 3, 4, 5])
        #expect(summary.skipped == 4)
        let tookEffect = remote.sent.count
        #expect(summary.succeeded <= tookEffect && tookEffect <= summary.succeeded + summary.outcomeUnknown.count)
        #expect(host.output.last == "progress: 2 ok, 0 failed, 4 outcome unknown, 4 skipped")
    }

    @Test func recordsAreLabelledByTheirSidAndFailuresStayFailures() async throws {
        let sids = (0..<8).map { "ZB\($0)" }
        // ZB0 and ZB2 answer, ZB1 is refused; ZB3 to ZB5 are sent and wait; ZB6 and ZB7 never start.
        let remote = Remote(slow: ["ZB3", "ZB4", "ZB5"], failing: ["ZB1"])
        let list = sids.map { "{sid: \"\($0)\"}" }.joined(separator: ", ")
        let (outcome, host) = try await run("foreach b in [\(list)] parallel 3 { send $b }", remote, until: 6)
        #expect(outcome == .cancelled)
        let summary = try #require(host.summaries.last)
        #expect(summary.succeeded == 2)
        #expect(summary.failed == 1)
        #expect(summary.outcomeUnknown.map(\.label) == ["ZB3", "ZB4", "ZB5"])
        #expect(summary.outcomeUnknown.map(\.index) == [3, 4, 5])
        #expect(summary.skipped == 2)
        let answered = Set(remote.sent).subtracting(["ZB3", "ZB4", "ZB5"])
        #expect(answered == ["ZB0", "ZB1", "ZB2"])
    }

    @Test func aLoopThatIsNotCancelledHasNoUnknownOutcome() async {
        let host = TestHost()
        let interpreter = Interpreter(host: host)
        interpreter.register(Remote(slow: []).verb)
        #expect(await interpreter.evaluate("foreach i in range(5) parallel 2 { send $i }") == .success(.null))
        #expect(host.summaries.map(\.outcomeUnknown) == [[]])
        #expect(host.summaries.map(\.succeeded) == [5])
    }
}
