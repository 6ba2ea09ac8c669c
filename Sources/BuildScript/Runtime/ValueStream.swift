import Foundation
import Synchronization

/// A lazy, single-pass-per-iterator sequence of values, such as a paged API listing.
///
/// Each call of ``makeIterator()`` starts a fresh pass over the producer. Consumers pull only what
/// they need: `| first 5` asks for five elements, `foreach` pulls one per iteration.
public struct ValueStream: Sendable {
    private static let counter = Atomic<Int>(0)

    /// Identifies the stream (streams compare by identity).
    public let id: Int
    /// The number of elements when the producer knows it up front (for progress and confirmation).
    public let count: Int?
    private let factory: @Sendable () -> ValueIterator

    /// Wraps an `AsyncSequence` of values.
    public init<S: AsyncSequence & Sendable>(_ sequence: S, count: Int? = nil) where S.Element == Value {
        self.init(count: count) {
            var iterator = sequence.makeAsyncIterator()
            return ValueIterator { try await iterator.next() }
        }
    }

    /// Creates a stream from a factory of iterators.
    public init(count: Int? = nil, makeIterator: @escaping @Sendable () -> ValueIterator) {
        self.id = ValueStream.counter.add(1, ordering: .relaxed).newValue
        self.count = count
        self.factory = makeIterator
    }

    /// Starts a pass over the stream.
    public func makeIterator() -> ValueIterator { factory() }

    /// Pulls every element into a list (use only when the whole listing is wanted).
    public func collect(limit: Int = .max) async throws -> [Value] {
        var iterator = makeIterator()
        var values: [Value] = []
        while values.count < limit, let value = try await iterator.next() {
            try Task.checkCancellation()
            values.append(value)
        }
        return values
    }
}

/// One pass over a ``ValueStream``.
public struct ValueIterator {
    private let pull: () async throws -> Value?

    /// Creates an iterator from a pull function returning `nil` at the end.
    public init(_ pull: @escaping () async throws -> Value?) {
        self.pull = pull
    }

    /// The next element, or `nil` at the end.
    public mutating func next() async throws -> Value? {
        try await pull()
    }
}
