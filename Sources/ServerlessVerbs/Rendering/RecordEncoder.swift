import BuildScript
import Foundation
import ServerlessClient

/// Turns the client's `Encodable` models into script records, keeping the API's field order and
/// its nulls (an ``APIRecord``'s fields are laid out, as null, before it encodes itself) and
/// turning timestamps into times.
enum RecordEncoder {
    /// The script value of `model`.
    static func encode(_ model: some Encodable) throws -> Value {
        let root = Slot()
        try root.store(model, codingPath: [])
        return root.value
    }

    /// A place a value is written to; containers hold slots for their children.
    final class Slot {
        enum Content {
            case value(Value)
            case keyed([(String, Slot)])
            case unkeyed([Slot])
        }

        var content: Content = .value(.null)

        var value: Value {
            switch content {
            case .value(let value): return value
            case .keyed(let fields):
                var record = Fields()
                for (key, slot) in fields { record[key] = slot.value }
                return .record(record)
            case .unkeyed(let items): return .list(items.map(\.value))
            }
        }

        func child(forKey key: String) -> Slot {
            guard case .keyed(var fields) = content else {
                let slot = Slot()
                content = .keyed([(key, slot)])
                return slot
            }
            if let found = fields.first(where: { $0.0 == key }) { return found.1 }
            content = .value(.null)  // `fields` is then the only reference: appending does not copy it
            let slot = Slot()
            fields.append((key, slot))
            content = .keyed(fields)
            return slot
        }

        func appendChild() -> Slot {
            guard case .unkeyed(var items) = content else {
                let slot = Slot()
                content = .unkeyed([slot])
                return slot
            }
            content = .value(.null)  // as in `child(forKey:)`
            let slot = Slot()
            items.append(slot)
            content = .unkeyed(items)
            return slot
        }

        func makeKeyed() {
            if case .keyed = content { return }
            content = .keyed([])
        }

        func makeUnkeyed() {
            if case .unkeyed = content { return }
            content = .unkeyed([])
        }

        /// Writes an encodable value, with special cases for times and plain scalars.
        func store(_ value: some Encodable, codingPath: [any CodingKey]) throws {
            switch value {
            case let timestamp as Timestamp:
                content = .value(timestamp.date.map(Value.time) ?? .string(timestamp.text))
            case let date as Date:
                content = .value(.time(date))
            default:
                if let fields = RecordEncoder.wireFields[ObjectIdentifier(type(of: value))] {
                    content = .keyed(fields.map { ($0, Slot()) })
                }
                try value.encode(to: TreeEncoder(slot: self, codingPath: codingPath))
            }
        }
    }

    /// The shown fields of every record the API answers with, by type. Looked up by identity rather
    /// than by an `as? WireFields` cast: the first cast of each type that does not conform (every
    /// string, date and list inside a record) scans every protocol conformance in the binary, which
    /// made such casts a visible part of a one-shot `list`'s start-up.
    static let wireFields: [ObjectIdentifier: [String]] = Dictionary(
        uniqueKeysWithValues: ResourceKind.allCases.map { (ObjectIdentifier($0.recordType), $0.recordType.wireFieldNames) })

    struct TreeEncoder: Encoder {
        let slot: Slot
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            slot.makeKeyed()
            return KeyedEncodingContainer(Keyed<Key>(slot: slot, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            slot.makeUnkeyed()
            return Unkeyed(slot: slot, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            Single(slot: slot, codingPath: codingPath)
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let slot: Slot
        let codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws {
            slot.child(forKey: key.stringValue).content = .value(.null)
        }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try slot.child(forKey: key.stringValue).store(value, codingPath: codingPath + [key])
        }

        // The scalars a record is mostly made of, written straight into their slot: the generic path
        // above casts, looks the type up and opens a single-value container for each.
        mutating func encode(_ value: String, forKey key: Key) throws {
            slot.child(forKey: key.stringValue).content = .value(.string(value))
        }

        mutating func encode(_ value: Bool, forKey key: Key) throws {
            slot.child(forKey: key.stringValue).content = .value(.bool(value))
        }

        mutating func encode(_ value: Int, forKey key: Key) throws {
            slot.child(forKey: key.stringValue).content = .value(.number(Double(value)))
        }

        mutating func encode(_ value: Double, forKey key: Key) throws {
            slot.child(forKey: key.stringValue).content = .value(.number(value))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            let child = slot.child(forKey: key.stringValue)
            child.makeKeyed()
            return KeyedEncodingContainer(Keyed<NestedKey>(slot: child, codingPath: codingPath + [key]))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = slot.child(forKey: key.stringValue)
            child.makeUnkeyed()
            return Unkeyed(slot: child, codingPath: codingPath + [key])
        }

        mutating func superEncoder() -> any Encoder {
            TreeEncoder(slot: slot.child(forKey: "super"), codingPath: codingPath)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            TreeEncoder(slot: slot.child(forKey: key.stringValue), codingPath: codingPath + [key])
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let slot: Slot
        let codingPath: [any CodingKey]
        var count: Int {
            if case .unkeyed(let items) = slot.content { return items.count }
            return 0
        }

        mutating func encodeNil() throws {
            slot.appendChild().content = .value(.null)
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try slot.appendChild().store(value, codingPath: codingPath)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey>
        {
            let child = slot.appendChild()
            child.makeKeyed()
            return KeyedEncodingContainer(Keyed<NestedKey>(slot: child, codingPath: codingPath))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let child = slot.appendChild()
            child.makeUnkeyed()
            return Unkeyed(slot: child, codingPath: codingPath)
        }

        mutating func superEncoder() -> any Encoder {
            TreeEncoder(slot: slot.appendChild(), codingPath: codingPath)
        }
    }

    struct Single: SingleValueEncodingContainer {
        let slot: Slot
        let codingPath: [any CodingKey]

        mutating func encodeNil() throws { slot.content = .value(.null) }
        mutating func encode(_ value: Bool) throws { slot.content = .value(.bool(value)) }
        mutating func encode(_ value: String) throws { slot.content = .value(.string(value)) }
        mutating func encode(_ value: Double) throws { slot.content = .value(.number(value)) }
        mutating func encode(_ value: Float) throws { slot.content = .value(.number(Double(value))) }
        mutating func encode(_ value: Int) throws { slot.content = .value(.number(Double(value))) }
        mutating func encode(_ value: Int8) throws { slot.content = .value(.number(Double(value))) }
        mutating func encode(_ value: Int16) throws { slot.content = .value(.number(Double(value))) }
        mutating func encode(_ value: Int32) throws { slot.content = .value(.number(Double(value))) }
        mutating func encode(_ value: Int64) throws { slot.content = .value(.number(Double(value))) }
        mutating func encode(_ value: UInt) throws { slot.content = .value(.number(Double(value))) }
        mutating func encode(_ value: UInt8) throws { slot.content = .value(.number(Double(value))) }
        mutating func encode(_ value: UInt16) throws { slot.content = .value(.number(Double(value))) }
        mutating func encode(_ value: UInt32) throws { slot.content = .value(.number(Double(value))) }
        mutating func encode(_ value: UInt64) throws { slot.content = .value(.number(Double(value))) }
        mutating func encode<T: Encodable>(_ value: T) throws { try slot.store(value, codingPath: codingPath) }
    }
}
