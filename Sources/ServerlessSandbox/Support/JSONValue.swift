import Foundation

/// A JSON document with ordered object members and explicit nulls, as the API's responses need.
enum JSONValue: Sendable {
    case string(String)
    case int(Int64)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// Text that is already JSON (e.g. a stored list the sandbox encoded itself), written as is.
    case raw(String)
    /// A date as Twilio writes it (`"2018-11-10T20:00:00Z"`).
    case date(Date)

    /// A string, or null when absent.
    static func string(orNull value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// The compact UTF-8 serialization.
    var serialized: String {
        String(decoding: serializedBytes, as: UTF8.self)
    }

    /// The compact UTF-8 serialization as bytes: what responses send.
    var serializedBytes: [UInt8] {
        var writer = JSONWriter()
        writer.value(self)
        return writer.bytes
    }
}

extension JSONWriter {
    /// Writes a whole document or part of one.
    mutating func value(_ value: JSONValue) {
        switch value {
        case let .string(text): string(text)
        case let .int(number): int(number)
        case let .bool(flag): bool(flag)
        case .null: null()
        case let .raw(text): raw(text)
        case let .date(date): self.date(date)
        case let .array(items):
            array { writer in
                for item in items { writer.value(item) }
            }
        case let .object(members):
            object { writer in
                for (name, member) in members {
                    writer.key(name)
                    writer.value(member)
                }
            }
        }
    }
}
