import Foundation
import OrderedCollections

/// A JSON text that could not be read, with the byte offset of the problem.
public struct JSONError: Error, Equatable, Sendable {
    /// What is wrong.
    public var message: String
    /// The 0-based byte offset in the text.
    public var offset: Int
}

extension Value {
    /// Reads a JSON text, keeping the order of object keys (API resources stay in the API's order).
    /// JSON strings stay strings, even when they spell a time: comparisons with times convert them.
    public init(json text: String) throws(JSONError) {
        var reader = JSONReader(bytes: Array(text.utf8))
        self = try reader.readDocument()
    }

    /// Reads JSON bytes (UTF-8).
    public init(json data: Data) throws(JSONError) {
        var reader = JSONReader(bytes: [UInt8](data))
        self = try reader.readDocument()
    }

    /// Converts a Foundation JSON object (`JSONSerialization` output); dictionary keys are sorted
    /// because Foundation dictionaries have no order.
    public init(jsonObject: Any) {
        switch jsonObject {
        case let b as Bool where type(of: jsonObject) == Bool.self: self = .bool(b)
        case let n as NSNumber:
            let isBool = String(cString: n.objCType) == "c" && (n.intValue == 0 || n.intValue == 1)
            self = isBool ? .bool(n.boolValue) : .number(n.doubleValue)
        case let s as String: self = .string(s)
        case let a as [Any]: self = .list(a.map(Value.init(jsonObject:)))
        case let d as [String: Any]:
            var fields = OrderedDictionary<String, Value>()
            for key in d.keys.sorted() { fields[key] = Value(jsonObject: d[key] ?? NSNull()) }
            self = .record(fields)
        default: self = .null
        }
    }

    /// The value as JSON text. Durations become seconds, times ISO 8601 strings, errors
    /// `{message, code, details}` records, streams `null` (collect them first).
    public func toJSON(pretty: Bool = false) -> String {
        var out = ""
        writeJSON(to: &out, pretty: pretty, indent: 0)
        return out
    }

    private func writeJSON(to out: inout String, pretty: Bool, indent: Int) {
        let newline = pretty ? "\n" + String(repeating: "  ", count: indent + 1) : ""
        let closing = pretty ? "\n" + String(repeating: "  ", count: indent) : ""
        switch self {
        case .null, .stream: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n.isFinite ? Value.format(number: n) : "null"
        case .string(let s): Value.writeQuoted(s, to: &out, json: true)
        case .duration(let d): out += d.isFinite ? Value.format(number: d) : "null"
        case .time(let t): Value.writeQuoted(Value.format(time: t), to: &out, json: true)
        case .list(let elements):
            if elements.isEmpty { out += "[]"; return }
            out += "["
            for (i, element) in elements.enumerated() {
                out += (i > 0 ? "," : "") + newline
                element.writeJSON(to: &out, pretty: pretty, indent: indent + 1)
            }
            out += closing + "]"
        case .record(let fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (key, value)) in fields.enumerated() {
                out += (i > 0 ? "," : "") + newline
                Value.writeQuoted(key, to: &out, json: true)
                out += pretty ? ": " : ":"
                value.writeJSON(to: &out, pretty: pretty, indent: indent + 1)
            }
            out += closing + "}"
        case .error(let e): Value.record(e.record).writeJSON(to: &out, pretty: pretty, indent: indent)
        }
    }
}

/// A small strict JSON reader that keeps object key order.
struct JSONReader {
    let bytes: [UInt8]
    var index = 0
    var depth = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func readDocument() throws(JSONError) -> Value {
        let value = try readValue()
        skipWhitespace()
        if index < bytes.count { throw fail("unexpected text after the JSON value") }
        return value
    }

    func fail(_ message: String) -> JSONError { JSONError(message: message, offset: index) }

    mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    mutating func readValue() throws(JSONError) -> Value {
        skipWhitespace()
        guard index < bytes.count else { throw fail("unexpected end of JSON") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try readObject()
        case UInt8(ascii: "["): return try readArray()
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): return try readLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try readLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try readLiteral("null", .null)
        default: return try readNumber()
        }
    }

    mutating func readLiteral(_ word: String, _ value: Value) throws(JSONError) -> Value {
        let w = Array(word.utf8)
        guard index + w.count <= bytes.count, Array(bytes[index..<index + w.count]) == w else { throw fail("invalid JSON literal") }
        index += w.count
        return value
    }

    mutating func readNumber() throws(JSONError) -> Value {
        let start = index
        while index < bytes.count, let c = Optional(bytes[index]),
            (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
                || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
        {
            index += 1
        }
        guard start < index, let n = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else {
            index = start
            throw fail("invalid JSON value")
        }
        return .number(n)
    }

    mutating func readString() throws(JSONError) -> String {
        index += 1
        // The usual string has no escape: its bytes become the string at once.
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\\") {
            if bytes[index] == UInt8(ascii: "\"") {
                defer { index += 1 }
                return String(decoding: bytes[start..<index], as: UTF8.self)
            }
            index += 1
        }
        var out = Array(bytes[start..<index])
        while index < bytes.count {
            let c = bytes[index]
            index += 1
            switch c {
            case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { throw fail("unterminated JSON string") }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    var code = try readHex4()
                    if (0xD800..<0xDC00).contains(code), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                        bytes[index + 1] == UInt8(ascii: "u")
                    {
                        index += 2
                        let low = try readHex4()
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    out.append(contentsOf: Array(String(UnicodeScalar(code).map(Character.init) ?? "\u{FFFD}").utf8))
                default: out.append(e)
                }
            default: out.append(c)
            }
        }
        throw fail("unterminated JSON string")
    }

    mutating func readHex4() throws(JSONError) -> UInt32 {
        guard index + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        else { throw fail("invalid \\u escape in JSON string") }
        index += 4
        return code
    }

    mutating func readArray() throws(JSONError) -> Value {
        index += 1
        depth += 1
        defer { depth -= 1 }
        if depth > Limits.standard.valueDepth { throw fail("JSON nested too deeply (more than \(Limits.standard.valueDepth) levels)") }
        var elements: [Value] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .list(elements) }
        while true {
            elements.append(try readValue())
            skipWhitespace()
            guard index < bytes.count else { throw fail("unterminated JSON array") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .list(elements) }
            throw fail("expected ',' or ']' in JSON array")
        }
    }

    mutating func readObject() throws(JSONError) -> Value {
        index += 1
        depth += 1
        defer { depth -= 1 }
        if depth > Limits.standard.valueDepth { throw fail("JSON nested too deeply (more than \(Limits.standard.valueDepth) levels)") }
        var fields = OrderedDictionary<String, Value>()
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .record(fields) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a string key in JSON object") }
            let key = try readString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail("expected ':' in JSON object") }
            index += 1
            fields[key] = try readValue()
            skipWhitespace()
            guard index < bytes.count else { throw fail("unterminated JSON object") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .record(fields) }
            throw fail("expected ',' or '}' in JSON object")
        }
    }
}
