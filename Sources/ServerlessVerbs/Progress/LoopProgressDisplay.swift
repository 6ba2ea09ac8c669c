import BuildScript
import ServerlessClient
import Synchronization

/// Shows `foreach ... parallel N` loops: a live bar on a terminal (done/total, failures, elapsed)
/// and a one-line summary on stderr when the loop ends. Nested loops draw only the outermost.
final class LoopProgressDisplay: Sendable {
    private struct Loop {
        let line: LiveProgressLine?
    }

    private struct Counts: Sendable {
        var done = 0
        var failed = 0
    }

    private let loops = Mutex<[Int: Loop]>([:])
    private let counts = Mutex<[Int: Counts]>([:])

    /// Whether a loop's bar is on screen (an `await` inside it then stays quiet).
    var isDrawing: Bool { loops.withLock { $0.values.contains { $0.line != nil } } }

    /// Handles one event; `writer` draws on the terminal (nil when stderr is not one), `note`
    /// writes the summary line.
    func handle(_ event: ProgressEvent, writer: LiveProgressLine.Writer?, note: (String) -> Void) {
        switch event {
        case .started(let id, let total, _):
            let drawing = isDrawing
            counts.withLock { $0[id] = Counts() }
            let line = drawing || writer == nil
                ? nil
                : LiveProgressLine(write: writer) { [weak self] tick, elapsed in
                    let now = self?.counts.withLock { $0[id] } ?? Counts()
                    return ProgressText.loop(done: now.done, total: total, failed: now.failed, elapsed: elapsed, tick: tick)
                }
            loops.withLock { $0[id] = Loop(line: line) }
        case .itemFinished(let id, _):
            counts.withLock { $0[id]?.done += 1 }
        case .itemFailed(let id, _, _):
            counts.withLock { state in
                state[id]?.done += 1
                state[id]?.failed += 1
            }
        case .finished(let id, let summary):
            let loop = loops.withLock { $0.removeValue(forKey: id) }
            counts.withLock { _ = $0.removeValue(forKey: id) }
            loop?.line?.finish()
            note(ProgressText.loopSummary(summary))
        }
    }
}

extension ProgressText {
    /// The line after a parallel loop: `500 done · 0 failed · 3.1s` (plus items whose outcome is
    /// unknown and skipped items, if any). Items whose outcome is unknown (running when the loop was
    /// cancelled) are then listed one a line, as failed items are, for the user to check (labels
    /// come from records, so their control characters are escaped).
    public static func loopSummary(_ summary: ProgressSummary) -> String {
        let unknown = summary.outcomeUnknown
        var parts = ["\(summary.succeeded) done", "\(summary.failed) failed"]
        if !unknown.isEmpty { parts.append("\(unknown.count) outcome unknown") }
        if summary.skipped > 0 { parts.append("\(summary.skipped) skipped") }
        parts.append(elapsed(summary.seconds))
        var lines = [parts.joined(separator: " · ")]
        if !unknown.isEmpty {
            let subject = unknown.count == 1 ? "1 item was" : "\(unknown.count) items were"
            lines.append("\(subject) still running when the loop was cancelled; each may or may not have taken effect:")
            lines += unknown.map { "  item \($0.index) (\(ServerText.escaped($0.label)))" }
        }
        return lines.joined(separator: "\n")
    }
}
