import BuildScript
import OrderedCollections

/// A record's fields, in order.
typealias Fields = OrderedDictionary<String, Value>

extension Value {
    /// Whether this is a list or record (printed as JSON inside a table cell).
    var isCompound: Bool {
        switch self {
        case .list, .record: true
        default: false
        }
    }

    /// The text of a string value.
    var stringText: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The value with every stream in it (also inside lists and records) read to the end.
    static func drained(_ value: Value) async throws -> Value {
        switch value {
        case .stream(let stream):
            var items: [Value] = []
            var iterator = stream.makeIterator()
            while let item = try await iterator.next() {
                try Task.checkCancellation()
                items.append(try await drained(item))
            }
            return .list(items)
        case .list(let items):
            var drainedItems: [Value] = []
            drainedItems.reserveCapacity(items.count)
            for item in items { drainedItems.append(try await drained(item)) }
            return .list(drainedItems)
        case .record(let fields):
            var drainedFields = Fields()
            for (key, field) in fields { drainedFields[key] = try await drained(field) }
            return .record(drainedFields)
        default:
            return value
        }
    }
}
