/// RFC 8259 JSON, exactly: what twilio-cli's `JSON.parse` accepts and nothing more.
///
/// Foundation's parsers are lenient (both take a comma before `}` or `]`; `JSONDecoder` also takes
/// leading zeros, unknown escapes and raw control characters in strings), so a twilio-cli config
/// that twilio-cli itself refuses would be read by `buildsh` as something else. This checks the
/// bytes first; the decoding is still Foundation's. A leading byte-order mark is allowed, as
/// twilio-cli's reader (`jsonfile`) strips one.
enum StrictJSON {
    /// Where and why the text is not JSON.
    struct Problem: Error, Equatable {
        var line: Int
        var column: Int
        var reason: String

        /// `line 1, column 33: a comma before '}'`.
        var description: String { "line \(line), column \(column): \(reason)" }
    }

    /// Throws the first problem of `bytes`, or returns when they are one JSON value.
    static func validate(_ bytes: [UInt8]) throws(Problem) {
        var reader = Reader(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.index = 3 }
        reader.skipBlanks()
        try reader.value(depth: 0)
        reader.skipBlanks()
        if reader.index < bytes.count { throw reader.problem("more text after the JSON value") }
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        /// The deepest nesting read (twilio-cli's files are three levels deep).
        static let maximumDepth = 512

        func problem(_ reason: String) -> Problem {
            var line = 1, column = 1
            for byte in bytes[..<min(index, bytes.count)] {
                if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
            }
            return Problem(line: line, column: column, reason: reason)
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipBlanks() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
        }

        mutating func expect(_ text: String) throws(Problem) {
            for byte in text.utf8 {
                guard current == byte else { throw problem("expected '\(text)'") }
                index += 1
            }
        }

        mutating func value(depth: Int) throws(Problem) {
            guard depth < Self.maximumDepth else { throw problem("nested too deeply") }
            switch current {
            case UInt8(ascii: "{")?: try container(close: UInt8(ascii: "}"), keyed: true, depth: depth)
            case UInt8(ascii: "[")?: try container(close: UInt8(ascii: "]"), keyed: false, depth: depth)
            case UInt8(ascii: "\"")?: try string()
            case UInt8(ascii: "t")?: try expect("true")
            case UInt8(ascii: "f")?: try expect("false")
            case UInt8(ascii: "n")?: try expect("null")
            case let byte? where byte == UInt8(ascii: "-") || (0x30...0x39).contains(byte): try number()
            case nil: throw problem("the text ends where a value should be")
            default: throw problem("a value was expected")
            }
        }

        mutating func container(close: UInt8, keyed: Bool, depth: Int) throws(Problem) {
            index += 1
            skipBlanks()
            if current == close { index += 1; return }
            while true {
                if keyed {
                    guard current == UInt8(ascii: "\"") else {
                        throw problem(current == close ? "a comma before '\(Character(Unicode.Scalar(close)))'" : "a quoted key was expected")
                    }
                    try string()
                    skipBlanks()
                    guard current == UInt8(ascii: ":") else { throw problem("':' was expected after the key") }
                    index += 1
                    skipBlanks()
                } else if current == close {
                    throw problem("a comma before ']'")
                }
                try value(depth: depth + 1)
                skipBlanks()
                switch current {
                case UInt8(ascii: ",")?: index += 1; skipBlanks()
                case close?: index += 1; return
                default: throw problem("',' or '\(Character(Unicode.Scalar(close)))' was expected")
                }
            }
        }

        mutating func string() throws(Problem) {
            index += 1
            while let byte = current {
                switch byte {
                case UInt8(ascii: "\""): index += 1; return
                case UInt8(ascii: "\\"):
                    index += 1
                    guard let escaped = current else { break }
                    if escaped == UInt8(ascii: "u") {
                        for _ in 0..<4 {
                            index += 1
                            guard let digit = current, digit.isHexDigit else { throw problem("a \\u escape needs four hex digits") }
                        }
                    } else if !"\"\\/bfnrt".utf8.contains(escaped) {
                        throw problem("an unknown escape in a string")
                    }
                    index += 1
                case 0x00..<0x20: throw problem("a control character in a string")
                default: index += 1
                }
            }
            throw problem("a string is not closed")
        }

        mutating func number() throws(Problem) {
            if current == UInt8(ascii: "-") { index += 1 }
            guard let first = current, first.isDigit else { throw problem("a digit was expected") }
            index += 1
            if first == UInt8(ascii: "0"), let next = current, next.isDigit { throw problem("a number with a leading zero") }
            skipDigits()
            if current == UInt8(ascii: ".") {
                index += 1
                guard current?.isDigit == true else { throw problem("a digit was expected after '.'") }
                skipDigits()
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard current?.isDigit == true else { throw problem("a digit was expected in the exponent") }
                skipDigits()
            }
        }

        mutating func skipDigits() {
            while current?.isDigit == true { index += 1 }
        }
    }
}

private extension UInt8 {
    var isDigit: Bool { (0x30...0x39).contains(self) }
    var isHexDigit: Bool { isDigit || (0x41...0x46).contains(self) || (0x61...0x66).contains(self) }
}
