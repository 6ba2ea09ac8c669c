import Foundation

/// JSON-like data as the renderers see it: what a script value becomes once streams are drained
/// and functions are left out. Records keep their field order.
public enum PlainValue: Sendable, Equatable {
    /// No value.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number (integral numbers print without a fraction).
    case number(Double)
    /// Text.
    case string(String)
    /// A point in time (printed as ISO 8601 UTC).
    case time(Date)
    /// A length of time in seconds (printed as `1.5s`, `2m`, `7d`; seconds in JSON).
    case duration(Double)
    /// An ordered list.
    case list([PlainValue])
    /// A record: named fields in order.
    case record([PlainField])

    /// The value of the field `key` when this is a record.
    public subscript(key: String) -> PlainValue? {
        guard case .record(let fields) = self else { return nil }
        return fields.first { $0.key == key }?.value
    }

    /// The field names when this is a record, in order.
    public var keys: [String] {
        guard case .record(let fields) = self else { return [] }
        return fields.map(\.key)
    }

    /// Whether this is a list or record (printed as JSON inside a table cell).
    var isCompound: Bool {
        switch self {
        case .list, .record: true
        default: false
        }
    }
}

/// One named field of a ``PlainValue/record(_:)``.
public struct PlainField: Sendable, Equatable {
    /// The field name.
    public let key: String
    /// The field value.
    public let value: PlainValue

    /// Creates a field.
    public init(_ key: String, _ value: PlainValue) {
        self.key = key
        self.value = value
    }
}
