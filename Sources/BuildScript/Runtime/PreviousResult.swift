import Synchronization

/// `$ans`, the value of the last statement that produced one (IPython's `_`, Julia's `ans`): set
/// as the value is sent to the host, in the REPL, in `-c` and in scripts alike. A stream is
/// remembered as the list of what the host read of it, up to ``limit`` items; a longer stream, or
/// one the host stopped reading early, leaves `$ans` null rather than a part of it.
enum PreviousResult {
    /// The most items of a stream kept for `$ans`: few enough that printing a stream of any length
    /// stays in flat memory (Tests/Hostile/test_flat_memory.py).
    static let limit = 1_000

    /// The symbol scripts read it by.
    static let symbol = Symbol(Symbol.previousResult)
}

extension Frame {
    /// Sends a statement's value to the host and keeps it as `$ans` (a statement inside a parallel
    /// loop's body, whose output is collected, does not set it).
    func emitKeepingAnswer(_ value: Value, _ range: SourceRange) async throws(Unwind) {
        guard output == nil else { return try await emit(value, range) }
        var kept: KeptItems?
        if case .stream(let stream) = value {
            kept = KeptItems()
            try await emit(.stream(kept!.tee(stream)), range)
        } else {
            try await emit(value, range)
        }
        let interpreter = machine.interpreter
        interpreter.globals.define(PreviousResult.symbol, kept?.value ?? value)
        interpreter.resultCounter.add(1, ordering: .relaxed)
    }
}

/// The items of a stream as the host reads them, up to ``PreviousResult/limit``.
private final class KeptItems: Sendable {
    private struct State {
        var items: [Value] = []
        var overflowed = false
        var finished = false
    }

    private let state = Mutex(State())

    /// `stream`, keeping each item it yields.
    func tee(_ stream: ValueStream) -> ValueStream {
        ValueStream { [self] in
            var iterator = stream.makeIterator()
            return ValueIterator {
                let next = try await iterator.next()
                self.state.withLock { state in
                    guard let next else { return state.finished = true }
                    guard !state.overflowed else { return }
                    if state.items.count < PreviousResult.limit {
                        state.items.append(next)
                    } else {
                        // Longer than `$ans` keeps: what was kept is no longer needed.
                        state.overflowed = true
                        state.items = []
                    }
                }
                return next
            }
        }
    }

    /// The list read, or null when it was longer than the limit or not read to its end.
    var value: Value {
        state.withLock { state in state.finished && !state.overflowed ? .list(state.items) : .null }
    }
}
