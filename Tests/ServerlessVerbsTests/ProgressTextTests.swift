@testable import BuildScript
import Synchronization
import Testing

@testable import ServerlessVerbs

/// The progress lines a terminal user sees while awaiting builds and running parallel loops.
struct ProgressTextTests {
    @Test(arguments: [(0.04, "0.0s"), (1.44, "1.4s"), (64, "1m04s"), (3_725, "1h02m")])
    func elapsedTime(seconds: Double, text: String) {
        #expect(ProgressText.elapsed(seconds) == text)
    }

    @Test func awaitingOneBuildShowsSpinnerSidStatusAndTime() {
        #expect(ProgressText.awaitingOne(sid: "ZB1", status: "building", elapsed: 1.4, tick: 0) == "⠋ ZB1 building 1.4s")
        #expect(ProgressText.awaitingOne(sid: "ZB1", status: "building", elapsed: 1.4, tick: 1).hasPrefix("⠙"))
    }

    @Test func awaitingManyBuildsCountsThem() {
        #expect(
            ProgressText.awaitingMany(finished: 3, total: 10, failed: 1, elapsed: 4.2, tick: 0)
                == "⠋ 3/10 builds finished · 1 failed · 7 building · 4.2s")
    }

    @Test func loopWithKnownTotalDrawsABar() {
        #expect(
            ProgressText.loop(done: 21, total: 42, failed: 0, elapsed: 1.3, tick: 0, width: 10)
                == "█████░░░░░ 21/42 · failed 0 · 1.3s")
        #expect(
            ProgressText.loop(done: 42, total: 42, failed: 2, elapsed: 1.3, tick: 0, width: 4)
                == "████ 42/42 · failed 2 · 1.3s")
    }

    @Test func loopWithUnknownTotalSpins() {
        #expect(
            ProgressText.loop(done: 7, total: nil, failed: 1, elapsed: 0.5, tick: 2) == "⠹ 7 done · failed 1 · 0.5s")
    }

    @Test func aLoopSummaryCountsWhatEndedAndWhatWasSkipped() {
        #expect(ProgressText.loopSummary(ProgressSummary(succeeded: 500, failed: 0, skipped: 0, seconds: 3.1)) == "500 done · 0 failed · 3.1s")
        #expect(
            ProgressText.loopSummary(ProgressSummary(succeeded: 3, failed: 1, skipped: 96, seconds: 0.2))
                == "3 done · 1 failed · 96 skipped · 0.2s")
    }

    @Test func aCancelledLoopListsTheItemsWhoseOutcomeIsUnknown() {
        let unknown = [
            ProgressItem(index: 56, item: ["sid": "ZB56"], label: "ZB56"),
            ProgressItem(index: 58, item: "x\u{1B}]0;t", label: "x\u{1B}]0;t"),
        ]
        let summary = ProgressSummary(succeeded: 56, failed: 0, skipped: 40, seconds: 3.1, outcomeUnknown: unknown)
        #expect(
            ProgressText.loopSummary(summary) == """
                56 done · 0 failed · 2 outcome unknown · 40 skipped · 3.1s
                2 items were still running when the loop was cancelled; each may or may not have taken effect:
                  item 56 (ZB56)
                  item 58 (x\\e]0;t)
                """)
        let one = ProgressSummary(succeeded: 0, failed: 0, skipped: 0, seconds: 1, outcomeUnknown: [unknown[0]])
        #expect(ProgressText.loopSummary(one).contains("\n1 item was still running when the loop was cancelled;"))
    }

    @Test func aLiveLineRedrawsInPlaceAndEndsWithItsSummary() async throws {
        let written = Mutex<[String]>([])
        let line = LiveProgressLine(write: { text in written.withLock { $0.append(text) } }, interval: .milliseconds(5)) {
            tick, _ in "frame \(tick)"
        }
        while written.withLock({ $0.count }) < 3 { try await Task.sleep(for: .milliseconds(5)) }
        line.finish(summary: "3 deleted")
        let count = written.withLock { $0.count }
        try await Task.sleep(for: .milliseconds(30))
        let lines = written.withLock { $0 }
        #expect(lines.count == count, "nothing is drawn after finish")
        #expect(lines.first == "\r\u{1B}[2Kframe 0")
        #expect(lines.last == "\r\u{1B}[2K3 deleted\n")
    }
}
