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
    mutating func object(_ body: (inout JSONWriter) throws -> Void) rethrows {
        try enclosed(open: "{", close: "}", body)
    }

    /// `[`, the elements `body` writes, `]`.
    mutating func array(_ body: (inout JSONWriter) throws -> Void) rethrows {
        try enclosed(open: "[", close: "]", body)
    }

    /// `open`, what `body` writes, `close`: an object or an array.
    private mutating func enclosed(open: Unicode.Scalar, close: Unicode.Scalar, _ body: (inout JSONWriter) throws -> Void) rethrows {
        beginValue()
        bytes.append(UInt8(ascii: open))
        atStart = true
        try body(&self)
        bytes.append(UInt8(ascii: close))
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

    /// One value written by `write` straight into the bytes (a writer that knows the value's shape).
    mutating func rawValue(_ write: (inout [UInt8]) throws -> Void) rethrows {
        beginValue()
        try write(&bytes)
    }

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

    private mutating func writeEscaped(_ text: String) {
        JSONBytes.appendEscaped(text, to: &bytes)
    }
}
