import Foundation

/// JSON text of plain values, keeping record field order, valid for `jq` and Python's `json`.
/// Times become ISO 8601 strings, durations numbers of seconds, non-finite numbers `null`.
enum JSONText {
    /// One line, no spaces: `{"sid":"ZB…","status":"completed"}`.
    static func compact(_ value: PlainValue) -> String {
        var out = ""
        write(value, into: &out, indent: nil, depth: 0)
        return out
    }

    /// Indented by two spaces per level, as `jq` prints.
    static func pretty(_ value: PlainValue) -> String {
        var out = ""
        write(value, into: &out, indent: "  ", depth: 0)
        return out
    }

    private static func write(_ value: PlainValue, into out: inout String, indent: String?, depth: Int) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let number): out += number.isFinite ? ScalarText.number(number) : "null"
        case .string(let string): writeString(string, into: &out)
        case .time(let date): writeString(ScalarText.time(date), into: &out)
        case .duration(let seconds): out += seconds.isFinite ? ScalarText.number(seconds) : "null"
        case .list(let items):
            writeContainer("[", "]", items, into: &out, indent: indent, depth: depth) { item, out in
                write(item, into: &out, indent: indent, depth: depth + 1)
            }
        case .record(let fields):
            writeContainer("{", "}", fields, into: &out, indent: indent, depth: depth) { field, out in
                writeString(field.key, into: &out)
                out += indent == nil ? ":" : ": "
                write(field.value, into: &out, indent: indent, depth: depth + 1)
            }
        }
    }

    private static func writeContainer<Element>(
        _ open: String, _ close: String, _ elements: [Element], into out: inout String, indent: String?,
        depth: Int, element: (Element, inout String) -> Void
    ) {
        out += open
        guard !elements.isEmpty else {
            out += close
            return
        }
        for (index, item) in elements.enumerated() {
            if index > 0 { out += "," }
            if let indent { out += "\n" + String(repeating: indent, count: depth + 1) }
            element(item, &out)
        }
        if let indent { out += "\n" + String(repeating: indent, count: depth) }
        out += close
    }

    /// A JSON string literal with the escapes RFC 8259 requires.
    static func writeString(_ string: String, into out: inout String) {
        out += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case let control where control.value < 0x20 || control.value == 0x7F || (0x2028...0x2029).contains(control.value):
                out += String(format: "\\u%04x", control.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
