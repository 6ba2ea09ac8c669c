import BuildScript
import OrderedCollections

extension PlainValue {
    /// The plain form of a script value. Streams must be drained first (see ``drained(_:)``); an
    /// undrained stream becomes `null`. Errors become `{message, code, details}` records.
    init(_ value: Value) {
        switch value {
        case .null, .stream: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let number): self = .number(number)
        case .string(let text): self = .string(text)
        case .duration(let seconds): self = .duration(seconds)
        case .time(let date): self = .time(date)
        case .list(let items): self = .list(items.map(PlainValue.init))
        case .record(let fields): self = .record(fields.map { PlainField($0.key, PlainValue($0.value)) })
        case .error(let error): self = PlainValue(.record(error.record))
        }
    }

    /// The plain form of a value, reading streams (also streams nested in lists and records) to the end.
    static func drained(_ value: Value) async throws -> PlainValue {
        switch value {
        case .stream(let stream):
            var items: [PlainValue] = []
            var iterator = stream.makeIterator()
            while let item = try await iterator.next() {
                try Task.checkCancellation()
                items.append(try await drained(item))
            }
            return .list(items)
        case .list(let items):
            var plain: [PlainValue] = []
            plain.reserveCapacity(items.count)
            for item in items { plain.append(try await drained(item)) }
            return .list(plain)
        case .record(let fields):
            var plain: [PlainField] = []
            for (key, field) in fields { plain.append(PlainField(key, try await drained(field))) }
            return .record(plain)
        default:
            return PlainValue(value)
        }
    }
}

extension Value {
    /// The script value of plain data (resources become records in the API's field order).
    init(_ plain: PlainValue) {
        switch plain {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let number): self = .number(number)
        case .string(let text): self = .string(text)
        case .time(let date): self = .time(date)
        case .duration(let seconds): self = .duration(seconds)
        case .list(let items): self = .list(items.map(Value.init))
        case .record(let fields):
            var record = OrderedDictionary<String, Value>()
            for field in fields { record[field.key] = Value(field.value) }
            self = .record(record)
        }
    }
}
