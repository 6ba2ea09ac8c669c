import Foundation

/// Writes compact JSON straight into bytes, members in the order written: the one place that
/// escapes strings and writes dates, for `JSONValue` documents and for the list pages that write
/// their rows directly (a page of 1,000 builds would otherwise build a tree of 40,000 values first).
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Nothing was written yet in the innermost object or array: no comma before the next value.
    private var atStart = true
    /// A key was just written: the next value is its value, not a new element.
    private var afterKey = false

    init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    /// `{`, the members `body` writes, `}`.
    mutating func object(_ body: (inout JSONWriter) -> Void) {
        beginValue()
        bytes.append(UInt8(ascii: "{"))
        atStart = true
        body(&self)
        bytes.append(UInt8(ascii: "}"))
        atStart = false
    }

    /// `[`, the elements `body` writes, `]`.
    mutating func array(_ body: (inout JSONWriter) -> Void) {
        beginValue()
        bytes.append(UInt8(ascii: "["))
        atStart = true
        body(&self)
        bytes.append(UInt8(ascii: "]"))
        atStart = false
    }

    /// A member's name; its value is the next value written.
    mutating func key(_ name: String) {
        if !atStart { bytes.append(UInt8(ascii: ",")) }
        writeString(name)
        bytes.append(UInt8(ascii: ":"))
        atStart = false
        afterKey = true
    }

    /// A string value.
    mutating func string(_ text: String) {
        beginValue()
        writeString(text)
    }

    /// One string value made of `parts` in order (a URL from its pieces), without joining them first.
    mutating func string(_ parts: String...) {
        beginValue()
        bytes.append(UInt8(ascii: "\""))
        for part in parts { writeEscaped(part) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A date as Twilio writes it, `"2018-11-10T20:00:00Z"`.
    mutating func date(_ date: Date) {
        beginValue()
        bytes.append(UInt8(ascii: "\""))
        TwilioDate.write(date, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func int(_ number: Int64) {
        beginValue()
        bytes.append(contentsOf: String(number).utf8)
    }

    mutating func bool(_ flag: Bool) { raw(flag ? "true" : "false") }

    mutating func null() { raw("null") }

    /// Text that is already JSON, written as is.
    mutating func raw(_ json: String) {
        beginValue()
        var json = json
        json.withUTF8 { bytes.append(contentsOf: $0) }
    }

    private mutating func beginValue() {
        if afterKey {
            afterKey = false
        } else if !atStart {
            bytes.append(UInt8(ascii: ","))
        }
        atStart = false
    }

    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        writeEscaped(text)
        bytes.append(UInt8(ascii: "\""))
    }

    /// UTF-8 passes through (in one copy when nothing needs escaping, as almost always); `"`, `\`
    /// and control characters are escaped.
    private mutating func writeEscaped(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            if utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
                bytes.append(contentsOf: utf8)
            } else {
                for byte in utf8 { Self.escape(byte, to: &bytes) }
            }
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func escape(_ byte: UInt8, to output: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): output.append(UInt8(ascii: "\\")); output.append(byte)
        case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\")); output.append(byte)
        case UInt8(ascii: "\n"): output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "t"))
        case 0..<0x20:
            output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
            output.append(hexDigits[Int(byte >> 4)])
            output.append(hexDigits[Int(byte & 0xF)])
        default: output.append(byte)
        }
    }
}
