import BuildScript
import ServerlessClient

/// A lazy sequence of resource records: a client list, each record turned into a ``Value``
/// as it arrives. Iterating fetches pages only as far as the consumer reads.
struct RecordStream: AsyncSequence, Sendable {
    typealias Element = Value

    private let makeNext: @Sendable () -> Iterator

    /// The records of a client list.
    init<Record: ListableRecord>(_ list: RecordList<Record>) {
        makeNext = {
            var iterator = list.makeAsyncIterator()
            return Iterator {
                try await iterator.next().map(RecordEncoder.encode)
            }
        }
    }

    func makeAsyncIterator() -> Iterator { makeNext() }

    /// Yields the next record, or nil at the end.
    struct Iterator: AsyncIteratorProtocol {
        let step: () async throws -> Value?

        mutating func next() async throws -> Value? { try await step() }
    }
}
