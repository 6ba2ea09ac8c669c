import Foundation

extension Value: CustomStringConvertible {
    /// The text of a value as string interpolation and `print` show it: strings without quotes,
    /// numbers without a needless fraction, durations as `1h30m`, times as ISO 8601, lists and
    /// records in JSON-like form.
    public var description: String {
        switch self {
        case .string(let s): return s
        default:
            var out = ""
            write(to: &out, quoted: false)
            return out
        }
    }

    /// The text a value contributes to an interpolated string (`"ZB${i}"`): its ``description``,
    /// a number formatted without the detour through a buffer (interpolation is hot).
    @inline(__always)
    var interpolationText: String {
        if case .number(let n) = self { return Value.format(number: n) }
        return description
    }

    /// The value as source-like text: strings quoted (used inside lists and records, and by `repr`).
    public var literalDescription: String {
        var out = ""
        write(to: &out, quoted: true)
        return out
    }

    func write(to out: inout String, quoted: Bool) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += Value.format(number: n)
        case .string(let s): if quoted { Value.writeQuoted(s, to: &out) } else { out += s }
        case .duration(let d): out += Value.format(duration: d)
        case .time(let t): out += Value.format(time: t)
        case .list(let elements):
            out += "["
            for (i, element) in elements.enumerated() {
                if i > 0 { out += ", " }
                element.write(to: &out, quoted: true)
            }
            out += "]"
        case .record(let fields):
            out += "{"
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { out += ", " }
                Value.writeKey(key, to: &out)
                out += ": "
                value.write(to: &out, quoted: true)
            }
            out += "}"
        case .stream(let s): out += s.count.map { "<stream of \($0)>" } ?? "<stream>"
        case .error(let e): out += "error: " + e.message
        }
    }

    /// Writes a record key as the record literal takes it back: bare when it is a plain ASCII word
    /// (`sid`, `date_created`), else quoted and escaped (`"a b"`, `"a\\b"`, a key holding a control
    /// character), so a key read from a server never reaches the terminal raw.
    static func writeKey(_ key: String, to out: inout String) {
        let utf8 = key.utf8
        if let first = utf8.first, first < 0x80, Lexer.isWordStart(first),
           utf8.allSatisfy({ $0 < 0x80 && Lexer.isWordByte($0) }) {
            out += key
        } else {
            writeQuoted(key, to: &out)
        }
    }

    /// Writes `s` in double quotes with escapes: as BuildScript source (`$` escaped too), or as JSON.
    static func writeQuoted(_ s: String, to out: inout String, json: Bool = false) {
        out += "\""
        if !needsEscaping(s, json: json) {
            // The usual string: appended whole rather than scalar by scalar.
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "$" where !json: out += "\\$"
            case "\0" where !json: out += "\\0"
            default:
                if json, scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else if !json, scalar.value < 0x20 || scalar.value == 0x7F {
                    // Other control characters as BuildScript escapes, so `repr` never prints them raw.
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// Whether ``writeQuoted(_:to:json:)`` escapes anything in `s`. Every character it escapes is
    /// ASCII, so the UTF-8 bytes tell (a byte of a longer character is 0x80 or more).
    private static func needsEscaping(_ s: String, json: Bool) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            bytes.contains { byte in
                byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                    || (!json && (byte == UInt8(ascii: "$") || byte == 0x7F))
            }
        }
    }

    /// Formats a number: integral values without a fraction, others with up to 15 significant digits.
    public static func format(number n: Double) -> String {
        if let whole = WholeNumber.int64(n) {
            if whole >= 0, whole < 100 { return smallWholeNumbers[Int(whole)] }
            if whole.magnitude < 1_000_000_000_000_000 { return String(whole) }
        }
        if n.isNaN { return "nan" }
        if n.isInfinite { return n < 0 ? "-inf" : "inf" }
        var text = String(n)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    /// The text of 0 to 99, made once (number-to-string conversion is hot in interpolation).
    private static let smallWholeNumbers: [String] = (0..<100).map { String($0) }

    /// Formats a duration with the largest fitting units: `1h30m`, `500ms`, `7d`, `-5s`; below a
    /// millisecond in microseconds (`100µs`); `nan`/`inf` spelled out (scripts cannot make those:
    /// `duration()` and duration arithmetic refuse them).
    public static func format(duration seconds: Double) -> String {
        if seconds == 0 { return "0s" }
        if !seconds.isFinite { return format(number: seconds) + "s" }
        if seconds < 0 { return "-" + format(duration: -seconds) }
        if seconds < 0.0005 { return format(number: (seconds * 1e9).rounded() / 1000) + "µs" }
        var millis = (seconds * 1000).rounded()
        if millis < 1000 && millis != 0 { return Value.format(number: millis) + "ms" }
        var out = ""
        for (unit, size) in [("d", 86_400_000.0), ("h", 3_600_000.0), ("m", 60_000.0), ("s", 1000.0)] {
            let amount = (millis / size).rounded(.down)
            if amount > 0 {
                out += Value.format(number: amount) + unit
                millis -= amount * size
            }
        }
        if millis > 0 { out += Value.format(number: millis) + "ms" }
        return out
    }

    /// Formats a time as ISO 8601 in UTC (`2026-11-29T01:00:00Z`, with milliseconds when present).
    public static func format(time: Date) -> String {
        let seconds = time.timeIntervalSince1970
        let hasFraction = seconds != seconds.rounded(.down)
        let style = Date.ISO8601FormatStyle(includingFractionalSeconds: hasFraction, timeZone: .gmt)
        return style.format(time)
    }

    /// Parses an ISO 8601 time (`2026-11-29T01:00:00Z`, fractional seconds and offsets allowed, or a
    /// bare date `2026-11-29` meaning midnight UTC).
    public static func parseTime(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard TimeRange.hasValidDate(trimmed) else { return nil }
        if let date = try? Date.ISO8601FormatStyle(timeZone: .gmt).parse(trimmed) { return date }
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt).parse(trimmed) {
            return date
        }
        if trimmed.count == 10, let date = try? Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().parse(trimmed) {
            return date
        }
        return nil
    }
}
