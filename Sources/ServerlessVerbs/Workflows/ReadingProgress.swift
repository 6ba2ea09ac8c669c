import Synchronization

/// A count drawn while a workflow reads what it will plan from
/// (`reading services ████░░░░ 2/5 · failed 0 · 0.3s`); silent when stderr is not a terminal.
final class ReadingProgress: Sendable {
    private let counter: Counter
    private let line: LiveProgressLine

    /// Starts drawing through `writer` (nil draws nothing) for `total` items.
    init(total: Int, writer: LiveProgressLine.Writer?, label: String = "reading services") {
        let counter = Counter()
        self.counter = counter
        line = LiveProgressLine(write: writer) { tick, elapsed in
            "\(label) " + ProgressText.loop(done: counter.value, total: total, failed: 0, elapsed: elapsed, tick: tick)
        }
    }

    /// One more item read.
    func advance() { counter.increment() }

    /// Clears the line.
    func finish() { line.finish() }

    /// A count shared with the drawing task.
    private final class Counter: Sendable {
        private let count = Atomic<Int>(0)
        var value: Int { count.load(ordering: .relaxed) }
        func increment() { count.add(1, ordering: .relaxed) }
    }
}
