import Foundation
import Synchronization

/// One progress line redrawn in place on a terminal (on stderr), about ten times a second,
/// until ``finish(summary:)``. It draws nothing when the host gave no terminal to draw on.
public final class LiveProgressLine: Sendable {
    /// Writes text to the terminal, without adding a newline.
    public typealias Writer = @Sendable (String) -> Void
    /// Produces the current line from the tick number and the seconds since start.
    public typealias Frame = @Sendable (_ tick: Int, _ elapsed: Double) -> String

    private struct State {
        var ticker: Task<Void, Never>?
        var finished = false
    }

    /// What opens every write: back to the start of the line, and clear it. The one control
    /// sequence the verbs write to standard error themselves (see ``StandardErrorText``).
    public static let redraw = "\r\u{1B}[2K"

    private let write: Writer?
    private let frame: Frame
    private let start = ContinuousClock.now
    private let state = Mutex(State())

    /// Starts drawing `frame` every `interval` through `write`; with `write` nil it stays silent.
    public init(write: Writer?, interval: Duration = .milliseconds(100), frame: @escaping Frame) {
        self.write = write
        self.frame = frame
        guard write != nil else { return }
        let task = Task { [weak self] in
            var tick = 0
            while !Task.isCancelled {
                self?.draw(tick: tick)
                tick += 1
                try? await Task.sleep(for: interval)
            }
        }
        state.withLock { $0.ticker = task }
    }

    /// Seconds since the line started.
    public var elapsed: Double {
        let duration = ContinuousClock.now - start
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private func draw(tick: Int) {
        state.withLock { state in
            guard !state.finished else { return }
            write?(Self.redraw + frame(tick, elapsed))
        }
    }

    /// Stops redrawing and clears the line; prints `summary` (plus a newline) in its place if given.
    public func finish(summary: String? = nil) {
        state.withLock { state in
            guard !state.finished else { return }
            state.finished = true
            state.ticker?.cancel()
            write?(Self.redraw + (summary.map { $0 + "\n" } ?? ""))
        }
    }

    deinit {
        state.withLock { $0.ticker?.cancel() }
    }
}
