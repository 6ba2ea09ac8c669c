import BuildScript
import Foundation
import ServerlessClient

/// Converts script values to what a parameter's type calls for, with errors that name the
/// parameter and show what was expected.
enum ArgumentConversion {
    /// The converted value of `value` for `parameter`.
    static func convert(_ value: Value, for parameter: NounParameter) throws -> ArgumentValue {
        let fail = { ServerlessVerbError.invalidValue(name: parameter.name, expected: parameter.type.placeholder, got: describe(value)) }
        switch parameter.type {
        case .string:
            switch value {
            case .string(let text): return .string(text)
            case .number, .bool: return .string(ScalarText.text(value))
            default: throw fail()
            }
        case .content:
            guard case .string(let text) = value else { throw fail() }
            return .content(Data(text.utf8))
        case .choice(let words):
            guard case .string(let text) = value, words.contains(text.lowercased()) else { throw fail() }
            return .string(text.lowercased())
        case .boolean:
            switch value {
            case .bool(let flag): return .bool(flag)
            case .string("true"): return .bool(true)
            case .string("false"): return .bool(false)
            default: throw fail()
            }
        case .integer:
            if case .number(let number) = value, number == number.rounded(), abs(number) < 1e15 {
                return .integer(Int(number))
            }
            if case .string(let text) = value, let number = Int(text) { return .integer(number) }
            throw fail()
        case .dateTime:
            switch value {
            case .time(let date): return .date(date)
            case .string(let text):
                guard let date = try? Date(text, strategy: .iso8601) else { throw fail() }
                return .date(date)
            default: throw fail()
            }
        case .sid(let prefix):
            return .string(try ResourceReference(value, parameter: parameter.name, prefix: prefix).sid(or: fail))
        case .sidList(let prefix):
            let items: [Value]
            if case .list(let list) = value { items = list } else { items = [value] }
            return .strings(try items.map { try ResourceReference($0, parameter: parameter.name, prefix: prefix).sid(or: fail) })
        case .stringList:
            guard case .list(let items) = value else { return .strings([ScalarText.text(value)]) }
            return .strings(items.map(ScalarText.text))
        case .dependencies:
            return .dependencies(try dependencies(value, orThrow: fail))
        }
    }

    /// Dependencies from `{twilio: "5.3.0"}`, `[{name: "twilio", version: "5.3.0"}]` or JSON text.
    static func dependencies(_ value: Value, orThrow fail: () -> ServerlessVerbError) throws -> Dependencies {
        switch value {
        case .record(let fields):
            return Dependencies(fields.map { Dependency(name: $0.key, version: ScalarText.text($0.value)) })
        case .list(let items):
            return Dependencies(try items.map { item in
                let version = item["version"]
                guard case .string(let name) = item["name"], version != .null, !version.isCompound else {
                    throw fail()
                }
                return Dependency(name: name, version: ScalarText.text(version))
            })
        case .string(let text):
            guard let parsed = try? Dependencies.parse(json: text) else { throw fail() }
            return parsed
        default:
            throw fail()
        }
    }

    /// How a value is named in an error: `a number (3)`, `a list`, `the string "x"`.
    static func describe(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): "the boolean \(flag)"
        case .number: "the number \(ScalarText.text(value))"
        case .string(let text): "the string \"\(text.count > 40 ? String(text.prefix(39)) + "…" : text)\""
        case .time: "a time"
        case .duration: "a duration"
        case .list(let items): "a list of \(items.count)"
        case .record: "a record"
        case .stream: "a stream"
        case .error(let error): "the error \"\(error.message)\""
        }
    }
}

extension ResourceReference {
    /// The identifier when it is a SID; names are not accepted for SID parameters.
    func sid(or fail: () -> ServerlessVerbError) throws -> String {
        guard Self.isSID(identifier) else { throw fail() }
        return identifier
    }
}
