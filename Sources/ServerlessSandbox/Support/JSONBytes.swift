/// JSON text appended to bytes directly: what `JSONWriter` writes strings with, and what a writer
/// that knows its document's shape (a page of builds, `BuildPageJSON`) writes literals and column
/// text with.
enum JSONBytes {
    /// Appends `literal` as it is (JSON punctuation and member names the caller wrote).
    static func append(_ literal: StaticString, to output: inout [UInt8]) {
        literal.withUTF8Buffer { output.append(contentsOf: $0) }
    }

    /// Appends `"…"` of text held as bytes (a column's text): see `appendContent`.
    static func appendString(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], orElse string: () -> String) {
        output.append(UInt8(ascii: "\""))
        appendContent(bytes, to: &output, orElse: string)
        output.append(UInt8(ascii: "\""))
    }

    /// Appends the inside of a JSON string of text held as bytes: copied as it is when it is
    /// printable ASCII without `"` or `\`, as SIDs always are; anything else is the `String` that
    /// `string` makes of it, escaped, so the output is the same as writing that `String`.
    static func appendContent(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], orElse string: () -> String) {
        if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x80 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            output.append(contentsOf: bytes)
        } else {
            appendEscaped(string(), to: &output)
        }
    }

    /// UTF-8 passes through (in one copy when nothing needs escaping, as almost always); `"`, `\`
    /// and control characters are escaped.
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            if utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
                output.append(contentsOf: utf8)
            } else {
                for byte in utf8 { escape(byte, to: &output) }
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
