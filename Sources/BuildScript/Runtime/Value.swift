import Foundation
import OrderedCollections

/// A BuildScript value. Resources from the API are records (`Value(json:)` builds them).
public enum Value: Sendable {
    /// The absence of a value.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number (a double; integral values print without a fraction).
    case number(Double)
    /// A string.
    case string(String)
    /// A duration in seconds (`500ms`, `5s`, `2m`, `7d`).
    case duration(Double)
    /// A point in time.
    case time(Date)
    /// An ordered list.
    case list([Value])
    /// A record: fields in insertion order.
    case record(OrderedDictionary<String, Value>)
    /// A lazy sequence of values, such as a paged listing; consumed on demand.
    indirect case stream(ValueStream)
    /// An error caught by `try/catch`, or produced by a host.
    indirect case error(ErrorValue)

    /// The type name shown in messages and returned by `type(x)`.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "bool"
        case .number: return "number"
        case .string: return "string"
        case .duration: return "duration"
        case .time: return "time"
        case .list: return "list"
        case .record: return "record"
        case .stream: return "stream"
        case .error: return "error"
        }
    }

    /// The string, if this is a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The number, if this is a number.
    public var numberValue: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    /// The boolean, if this is a bool.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The elements, if this is a list.
    public var listValue: [Value]? {
        if case .list(let l) = self { return l }
        return nil
    }

    /// The fields, if this is a record.
    public var recordValue: OrderedDictionary<String, Value>? {
        if case .record(let r) = self { return r }
        return nil
    }

    /// A field of a record (`null` when missing or not a record).
    public subscript(field: String) -> Value {
        if case .record(let r) = self { return r[field] ?? .null }
        return .null
    }

    /// Truthiness: `null`, `false`, `0`, `""`, empty lists and records are false.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .number(let n): return n != 0
        case .string(let s): return !s.isEmpty
        case .list(let l): return !l.isEmpty
        case .record(let r): return !r.isEmpty
        case .duration(let d): return d != 0
        case .time, .stream, .error: return true
        }
    }
}

/// An error as a value: what `catch e` binds, and what a host can return or throw (``VerbError``).
public struct ErrorValue: Equatable, Sendable {
    /// The message.
    public var message: String
    /// A numeric code, such as a Twilio API error code.
    public var code: Int?
    /// Extra structured detail (for example the failed items of a parallel `foreach`).
    public var details: Value?

    /// Creates an error value.
    public init(message: String, code: Int? = nil, details: Value? = nil) {
        self.message = message
        self.code = code
        self.details = details
    }

    /// The record form seen by scripts: `{message, code, details}`.
    public var record: OrderedDictionary<String, Value> {
        var fields: OrderedDictionary<String, Value> = ["message": .string(message)]
        fields["code"] = code.map { .number(Double($0)) } ?? .null
        fields["details"] = details ?? .null
        return fields
    }
}

extension Value: Equatable {
    /// Structural equality; streams are equal only to themselves.
    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.duration(let a), .duration(let b)): return a == b
        case (.time(let a), .time(let b)): return a == b
        case (.list(let a), .list(let b)): return a == b
        case (.record(let a), .record(let b)): return a == b
        case (.stream(let a), .stream(let b)): return a.id == b.id
        case (.error(let a), .error(let b)): return a == b
        default: return false
        }
    }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// A string value.
    public init(stringLiteral value: String) { self = .string(value) }
    /// A number value.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    /// A number value.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// A bool value.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// A list value.
    public init(arrayLiteral elements: Value...) { self = .list(elements) }
    /// A record value, fields in literal order.
    public init(dictionaryLiteral elements: (String, Value)...) {
        var fields = OrderedDictionary<String, Value>()
        for (key, value) in elements { fields[key] = value }
        self = .record(fields)
    }
}
