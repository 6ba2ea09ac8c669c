/// A strict reader of JSON5 (https://spec.json5.org, the dialect the serverless-toolkit reads its
/// `.twilioserverlessrc` in, through the `json5` package) and, with ``Dialect/json``, of plain JSON
/// (`JSON.parse`, as the toolkit reads `.twiliodeployinfo`).
///
/// JSON5 adds to JSON: `//` and `/* */` comments; one trailing comma in objects and arrays; keys
/// that are ECMAScript identifiers; single-quoted strings; the escapes `\'`, `\v`, `\0`, `\xHH`,
/// a backslash before a line break (which continues the string), and a backslash before any other
/// character but a digit (the character itself); hexadecimal numbers, a leading `+`, a leading or
/// trailing `.`, `Infinity` and `NaN`; more white space (`\v`, `\f`, U+00A0, U+FEFF, U+2028,
/// U+2029 and the Unicode space separators). Everything else is an error naming the line and column
/// (counted in Unicode scalars, from 1) and what was expected. A key that repeats keeps its last
/// value, as `JSON5.parse` does. Nesting deeper than ``maximumDepth`` is refused rather than risking
/// the stack.
struct JSON5Reader {
    /// Which grammar to read.
    enum Dialect: Sendable {
        case json5
        case json
    }

    /// The deepest nesting of objects and arrays accepted.
    static let maximumDepth = 128

    /// Reads `text` as one value.
    static func parse(_ text: String, dialect: Dialect = .json5) throws(JSON5Error) -> JSON5Value {
        var reader = JSON5Reader(text: text, dialect: dialect)
        try reader.skipBlank()
        guard reader.peek != nil else { throw reader.error("no value: the text is empty") }
        let value = try reader.value(depth: 0)
        try reader.skipBlank()
        if let extra = reader.peek { throw reader.error("unexpected \(Self.describe(extra)) after the value") }
        return value
    }

    private let scalars: [Unicode.Scalar]
    private let dialect: Dialect
    private var index = 0
    private var line = 1
    private var column = 1

    private init(text: String, dialect: Dialect) {
        scalars = Array(text.unicodeScalars)
        self.dialect = dialect
    }

    private var isJSON5: Bool { dialect == .json5 }
    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    private func peek(_ offset: Int) -> Unicode.Scalar? { index + offset < scalars.count ? scalars[index + offset] : nil }

    /// Moves past one scalar, counting lines (`\r\n` is one line break).
    private mutating func advance() {
        let scalar = scalars[index]
        index += 1
        if scalar == "\n" || scalar == "\u{2028}" || scalar == "\u{2029}" || (scalar == "\r" && peek != "\n") {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    private func error(_ message: String) -> JSON5Error { JSON5Error(line: line, column: column, message: message) }
    private func error(_ message: String, at place: (line: Int, column: Int)) -> JSON5Error {
        JSON5Error(line: place.line, column: place.column, message: message)
    }
    private var place: (line: Int, column: Int) { (line, column) }

    /// `'x'`, or `U+0007` for a character that does not print.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        if scalar.properties.generalCategory == .control || scalar.properties.isWhitespace
            || [.format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator].contains(scalar.properties.generalCategory)
        {
            return code
        }
        return "'\(Character(scalar))'"
    }

    // MARK: Blanks and comments

    private static func isLineTerminator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    private func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\r": return true
        case "\u{0B}", "\u{0C}", "\u{A0}", "\u{FEFF}", "\u{2028}", "\u{2029}": return isJSON5
        default: return isJSON5 && scalar.properties.generalCategory == .spaceSeparator
        }
    }

    /// Skips white space and (JSON5) comments.
    private mutating func skipBlank() throws(JSON5Error) {
        while let scalar = peek {
            if isWhiteSpace(scalar) {
                advance()
            } else if scalar == "/", isJSON5 {
                let start = place
                switch peek(1) {
                case "/":
                    while let next = peek, !Self.isLineTerminator(next) { advance() }
                case "*":
                    advance()
                    advance()
                    while true {
                        guard let next = peek else { throw error("unterminated /* comment", at: start) }
                        if next == "*", peek(1) == "/" {
                            advance()
                            advance()
                            break
                        }
                        advance()
                    }
                default:
                    throw error("invalid character '/' (a comment starts with // or /*)")
                }
            } else {
                return
            }
        }
    }

    // MARK: Values

    private mutating func value(depth: Int) throws(JSON5Error) -> JSON5Value {
        guard let scalar = peek else { throw error("unexpected end of text: expected a value") }
        switch scalar {
        case "{": return try object(depth: depth + 1)
        case "[": return try array(depth: depth + 1)
        case "\"": return .string(try string())
        case "'" where isJSON5: return .string(try string())
        case "t": try literal("true"); return .bool(true)
        case "f": try literal("false"); return .bool(false)
        case "n": try literal("null"); return .null
        case "-", "0"..."9": return .number(try number())
        case "+" where isJSON5, "." where isJSON5, "I" where isJSON5, "N" where isJSON5: return .number(try number())
        default: throw error("invalid character \(Self.describe(scalar)): expected a value")
        }
    }

    private mutating func literal(_ word: String) throws(JSON5Error) {
        for expected in word.unicodeScalars {
            guard peek == expected else {
                throw error(peek.map { "invalid character \(Self.describe($0)) in '\(word)'" } ?? "unexpected end of text in '\(word)'")
            }
            advance()
        }
        if let next = peek, Self.isIdentifierPart(next) { throw error("invalid character \(Self.describe(next)) after '\(word)'") }
    }

    private mutating func object(depth: Int) throws(JSON5Error) -> JSON5Value {
        var members: [JSON5Member] = []
        try elements(depth: depth, close: "}", noun: "object") { reader throws(JSON5Error) in members.append(try reader.member(depth: depth)) }
        return .object(members)
    }

    private mutating func array(depth: Int) throws(JSON5Error) -> JSON5Value {
        var items: [JSON5Value] = []
        try elements(depth: depth, close: "]", noun: "array") { reader throws(JSON5Error) in items.append(try reader.value(depth: depth)) }
        return .array(items)
    }

    /// The elements of an object or array, from its opening bracket to `close`: commas between
    /// them, one after the last in JSON5.
    private mutating func elements(
        depth: Int, close: Unicode.Scalar, noun: String, _ element: (inout JSON5Reader) throws(JSON5Error) -> Void
    ) throws(JSON5Error) {
        guard depth <= Self.maximumDepth else { throw error("nested deeper than \(Self.maximumDepth) objects and arrays") }
        let start = place
        let unterminated = "unterminated \(noun) (opened at \(start.line):\(start.column))"
        advance()
        try skipBlank()
        if peek == close {
            advance()
            return
        }
        while true {
            guard peek != nil else { throw error(unterminated) }
            try element(&self)
            try skipBlank()
            switch peek {
            case ",":
                advance()
                try skipBlank()
                if peek == close {
                    guard isJSON5 else { throw error("invalid character '\(Character(close))': JSON allows no comma before it") }
                    advance()
                    return
                }
            case let next? where next == close:
                advance()
                return
            case let other?:
                throw error("invalid character \(Self.describe(other)): expected ',' or '\(Character(close))'")
            case nil:
                throw error(unterminated)
            }
        }
    }

    /// `key: value` in an object.
    private mutating func member(depth: Int) throws(JSON5Error) -> JSON5Member {
        let keyPlace = place
        let key: String
        switch peek {
        case let quote? where quote == "\"" || (quote == "'" && isJSON5):
            key = try string()
        case let first? where isJSON5 && (first == "\\" || Self.isIdentifierStart(first)):
            key = try identifier()
        case let other?:
            throw error("invalid character \(Self.describe(other)): expected a key" + (isJSON5 ? "" : " in double quotes"))
        case nil:
            throw error("unexpected end of text: expected a key")
        }
        try skipBlank()
        guard peek == ":" else {
            throw error(peek.map { "invalid character \(Self.describe($0)): expected ':' after the key" } ?? "unexpected end of text: expected ':'")
        }
        advance()
        try skipBlank()
        return JSON5Member(key: key, value: try value(depth: depth), line: keyPlace.line, column: keyPlace.column)
    }

    // MARK: Strings and identifiers

    private mutating func string() throws(JSON5Error) -> String {
        let start = place
        let quote = scalars[index]
        advance()
        var text = String.UnicodeScalarView()
        while true {
            guard let scalar = peek else { throw error("unterminated string (opened at \(start.line):\(start.column))") }
            if scalar == quote {
                advance()
                return String(text)
            }
            if scalar == "\\" {
                advance()
                if let escaped = try escape() { text.append(escaped) }
                continue
            }
            if scalar == "\n" || scalar == "\r" || (!isJSON5 && scalar.value < 0x20) {
                throw error("\(Self.describe(scalar)) inside a string (opened at \(start.line):\(start.column)): "
                    + (isJSON5 ? "end it first, or continue it with a backslash" : "write it as an escape"))
            }
            text.append(scalar)
            advance()
        }
    }

    /// The character an escape stands for, after its backslash; nil for a line continuation.
    private mutating func escape() throws(JSON5Error) -> Unicode.Scalar? {
        guard let scalar = peek else { throw error("unexpected end of text after '\\'") }
        let simple: [Unicode.Scalar: Unicode.Scalar] = isJSON5
            ? ["b": "\u{8}", "f": "\u{C}", "n": "\n", "r": "\r", "t": "\t", "v": "\u{B}", "\"": "\"", "'": "'", "\\": "\\", "/": "/"]
            : ["b": "\u{8}", "f": "\u{C}", "n": "\n", "r": "\r", "t": "\t", "\"": "\"", "\\": "\\", "/": "/"]
        if let mapped = simple[scalar] {
            advance()
            return mapped
        }
        switch scalar {
        case "u":
            advance()
            return try unicodeEscape()
        case "x" where isJSON5:
            advance()
            return Unicode.Scalar(try hexDigits(2, escape: "\\x"))
        case "0" where isJSON5:
            advance()
            if let next = peek, ("0"..."9").contains(next) { throw error("invalid escape '\\0' followed by a digit") }
            return "\0"
        case "1"..."9" where isJSON5:
            throw error("invalid escape '\\\(Character(scalar))': JSON5 has no octal escapes")
        case _ where isJSON5 && Self.isLineTerminator(scalar):
            let wasCarriageReturn = scalar == "\r"
            advance()
            if wasCarriageReturn, peek == "\n" { advance() }
            return nil
        case _ where isJSON5:
            advance()
            return scalar
        default:
            throw error("invalid escape '\\\(Character(scalar))'")
        }
    }

    /// `\uHHHH`, a surrogate pair `\uD83D\uDE00` joined into one character.
    private mutating func unicodeEscape() throws(JSON5Error) -> Unicode.Scalar {
        let start = (line: line, column: column - 2)
        let high = try hexDigits(4, escape: "\\u")
        if (0xD800...0xDBFF).contains(high) {
            guard peek == "\\", peek(1) == "u" else { throw error("a lone surrogate \\u\(String(high, radix: 16, uppercase: true))", at: start) }
            advance()
            advance()
            let low = try hexDigits(4, escape: "\\u")
            guard (0xDC00...0xDFFF).contains(low), let joined = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) else {
                throw error("a lone surrogate \\u\(String(high, radix: 16, uppercase: true))", at: start)
            }
            return joined
        }
        guard let scalar = Unicode.Scalar(high) else {
            throw error("a lone surrogate \\u\(String(high, radix: 16, uppercase: true))", at: start)
        }
        return scalar
    }

    private mutating func hexDigits(_ count: Int, escape: String) throws(JSON5Error) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<count {
            guard let scalar = peek, let digit = Self.hexValue(scalar) else {
                throw error("\(escape) needs \(count) hexadecimal digits")
            }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 48
        case "a"..."f": scalar.value - 87
        case "A"..."F": scalar.value - 55
        default: nil
        }
    }

    /// An unquoted key: an ECMAScript 5.1 IdentifierName, `\uHHHH` escapes allowed.
    private mutating func identifier() throws(JSON5Error) -> String {
        var text = String.UnicodeScalarView()
        while let scalar = peek {
            var character = scalar
            let start = place
            if scalar == "\\" {
                advance()
                guard peek == "u" else { throw error("invalid escape in a key: only \\uHHHH is allowed there") }
                advance()
                character = try unicodeEscape()
            } else if text.isEmpty ? !Self.isIdentifierStart(scalar) : !Self.isIdentifierPart(scalar) {
                break
            } else {
                advance()
            }
            let fits = text.isEmpty ? Self.isIdentifierStart(character) : Self.isIdentifierPart(character)
            guard fits else { throw error("\(Self.describe(character)) cannot be part of an unquoted key", at: start) }
            text.append(character)
        }
        return String(text)
    }

    private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "$" || scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .letterNumber: return true
        default: return false
        }
    }

    private static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        if isIdentifierStart(scalar) || scalar == "\u{200C}" || scalar == "\u{200D}" { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .decimalNumber, .connectorPunctuation: return true
        default: return false
        }
    }

    // MARK: Numbers

    private mutating func number() throws(JSON5Error) -> Double {
        var negative = false
        if peek == "-" || peek == "+" {
            negative = peek == "-"
            advance()
        }
        guard let first = peek else { throw error("unexpected end of text: expected a number") }
        if isJSON5, first == "I" || first == "N" {
            let word = first == "I" ? "Infinity" : "NaN"
            try literal(word)
            return word == "NaN" ? .nan : (negative ? -.infinity : .infinity)
        }
        if isJSON5, first == "0", peek(1) == "x" || peek(1) == "X" {
            advance()
            advance()
            var value = 0.0
            var digits = 0
            while let scalar = peek, let digit = Self.hexValue(scalar) {
                value = value * 16 + Double(digit)
                digits += 1
                advance()
            }
            guard digits > 0 else { throw error("a hexadecimal number needs digits after 0x") }
            try endOfNumber()
            return negative ? -value : value
        }
        var text = negative ? "-" : ""
        var integerDigits = 0
        if first == "0" {
            text.append("0")
            advance()
            integerDigits = 1
            if let next = peek, ("0"..."9").contains(next) { throw error("invalid character \(Self.describe(next)): a number cannot start with 0") }
        } else {
            integerDigits = appendDigits(to: &text)
        }
        var fractionDigits = 0
        if peek == "." {
            text.append(".")
            advance()
            fractionDigits = appendDigits(to: &text)
            if fractionDigits == 0 {
                guard isJSON5, integerDigits > 0 else { throw error("expected a digit after '.'") }
                text.append("0")
            }
        }
        guard integerDigits > 0 || (isJSON5 && fractionDigits > 0) else {
            throw error(peek.map { "invalid character \(Self.describe($0)): expected a digit" } ?? "unexpected end of text: expected a digit")
        }
        if peek == "e" || peek == "E" {
            text.append("e")
            advance()
            if peek == "+" || peek == "-" {
                text.unicodeScalars.append(scalars[index])
                advance()
            }
            guard appendDigits(to: &text) > 0 else { throw error("expected a digit in the exponent") }
        }
        try endOfNumber()
        return Double(text) ?? .nan
    }

    private mutating func appendDigits(to text: inout String) -> Int {
        var count = 0
        while let scalar = peek, ("0"..."9").contains(scalar) {
            text.unicodeScalars.append(scalar)
            advance()
            count += 1
        }
        return count
    }

    /// A number must not run into a letter or digit (`12abc`, `0x1g`).
    private func endOfNumber() throws(JSON5Error) {
        if let next = peek, Self.isIdentifierPart(next) || next == "." { throw error("invalid character \(Self.describe(next)) after a number") }
    }
}
