/// Turns source text into tokens with exact locations.
///
/// Newlines end statements except inside `(...)` and `[...]`; a backslash at the end of a line
/// continues it. Problems are collected in ``diagnostics``, never thrown: the lexer always reaches
/// the end of the input so the parser can report every error in one pass.
struct Lexer: Sendable {
    let bytes: [UInt8]
    let file: String
    var index = 0
    var line: Int
    var column: Int
    let baseOffset: Int
    var nesting: [UInt8] = []
    var sawSpace = true

    /// Problems found so far.
    private(set) var diagnostics: [Diagnostic] = []
    /// Whether the input ended inside a string literal.
    var endedInsideString = false
    /// Brackets still open at the end of the input.
    var openBrackets: Int { nesting.count }

    /// Creates a lexer over `source`; `start` places it inside a larger text (for `${...}`).
    init(_ source: String, file: String, start: SourceLocation = .start) {
        self.bytes = Array(source.utf8)
        self.file = file
        self.line = start.line
        self.column = start.column
        self.baseOffset = start.offset
    }

    /// Lexes the whole input, ending with an `.eof` token.
    mutating func tokenize() -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 3 + 1)
        while true {
            let token = next()
            tokens.append(token)
            if token.kind == .eof { return tokens }
        }
    }

    var location: SourceLocation { SourceLocation(line: line, column: column, offset: baseOffset + index) }

    func peek(_ ahead: Int = 0) -> UInt8? {
        let i = index + ahead
        return i < bytes.count ? bytes[i] : nil
    }

    mutating func advance() {
        guard index < bytes.count else { return }
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    mutating func report(_ message: String, from start: SourceLocation) {
        diagnostics.append(Diagnostic(message: message, range: SourceRange(file: file, start: start, end: location)))
    }

    private mutating func skipTrivia() {
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                advance(); sawSpace = true
            case UInt8(ascii: "#"):
                while let b = peek(), b != UInt8(ascii: "\n") { advance() }
                sawSpace = true
            case UInt8(ascii: "\\") where peek(1) == UInt8(ascii: "\n") || (peek(1) == UInt8(ascii: "\r") && peek(2) == UInt8(ascii: "\n")):
                advance()
                if peek() == UInt8(ascii: "\r") { advance() }
                advance(); sawSpace = true
            case UInt8(ascii: "\n") where !(nesting.last == nil || nesting.last == UInt8(ascii: "{")):
                advance(); sawSpace = true
            default:
                return
            }
        }
    }

    /// Lexes one token.
    mutating func next() -> Token {
        skipTrivia()
        let space = sawSpace
        sawSpace = false
        let start = location
        guard let byte = peek() else {
            return Token(kind: .eof, range: SourceRange(file: file, start: start, end: start), spaceBefore: true)
        }
        let kind = lexToken(byte, start: start)
        if kind == .newline || kind == .semicolon { sawSpace = true }
        return Token(kind: kind, range: SourceRange(file: file, start: start, end: location), spaceBefore: space)
    }

    private mutating func lexToken(_ byte: UInt8, start: SourceLocation) -> TokenKind {
        switch byte {
        case UInt8(ascii: "\n"): advance(); return .newline
        case UInt8(ascii: ";"): advance(); return .semicolon
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            advance(); nesting.append(byte)
            return byte == UInt8(ascii: "(") ? .leftParen : byte == UInt8(ascii: "[") ? .leftBracket : .leftBrace
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            advance()
            if !nesting.isEmpty { nesting.removeLast() }
            return byte == UInt8(ascii: ")") ? .rightParen : byte == UInt8(ascii: "]") ? .rightBracket : .rightBrace
        case UInt8(ascii: ","): advance(); return .comma
        case UInt8(ascii: ":"): advance(); return .colon
        case UInt8(ascii: "."): advance(); return .dot
        case UInt8(ascii: "|"): advance(); return .pipe
        case UInt8(ascii: "\""): return lexString(start: start)
        case UInt8(ascii: "'"): return lexRawString(start: start)
        case UInt8(ascii: "$"): return lexVariable(start: start)
        case UInt8(ascii: "@"): return lexPath(start: start)
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return lexNumber()
        case UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"):
            advance()
            if peek() == UInt8(ascii: "=") {
                advance()
                return .op(String(UnicodeScalar(byte)) + "=")
            }
            if byte == UInt8(ascii: "=") { return .assign }
            if byte == UInt8(ascii: "!") { return .symbol("!") }
            return .op(String(UnicodeScalar(byte)))
        case UInt8(ascii: "+"):
            advance()
            if peek() == UInt8(ascii: "=") { advance(); return .plusAssign }
            return .op("+")
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "%"):
            advance(); return .op(String(UnicodeScalar(byte)))
        default:
            if Lexer.isWordStart(byte) { return .word(lexWordText()) }
            return lexSymbol(start: start)
        }
    }

    static func isWordStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        isWordStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private mutating func lexWordText() -> String {
        let begin = index
        while let b = peek(), Lexer.isWordByte(b) { advance() }
        return String(decoding: bytes[begin..<index], as: UTF8.self)
    }

    private mutating func lexSymbol(start: SourceLocation) -> TokenKind {
        let begin = index
        advance()
        while let b = peek(), b & 0xC0 == 0x80 { advance() }
        let text = String(decoding: bytes[begin..<index], as: UTF8.self)
        if let character = text.first, text.count == 1, !character.isWhitespace {
            return .symbol(character)
        }
        report("unexpected character '\(text)'", from: start)
        return .invalid(text)
    }

    private mutating func lexVariable(start: SourceLocation) -> TokenKind {
        advance()
        guard let b = peek(), Lexer.isWordByte(b) else {
            report("expected a variable name after '$'", from: start)
            return .invalid("$")
        }
        return .variable(lexWordText())
    }

    private mutating func lexPath(start: SourceLocation) -> TokenKind {
        advance()
        if peek() == UInt8(ascii: "\"") || peek() == UInt8(ascii: "'") {
            let quoted = peek() == UInt8(ascii: "\"") ? lexString(start: start) : lexRawString(start: start)
            if case .string(let parts) = quoted {
                var text = ""
                for part in parts {
                    if case .text(let t) = part { text += t } else {
                        report("a quoted @path cannot contain ${...}", from: start)
                    }
                }
                return .path(text)
            }
            return quoted
        }
        let begin = index
        while let b = peek(), !Lexer.endsPath(b) { advance() }
        if begin == index {
            report("expected a file path after '@'", from: start)
            return .invalid("@")
        }
        return .path(String(decoding: bytes[begin..<index], as: UTF8.self))
    }

    static func endsPath(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: ")"),
             UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "|"):
            return true
        default:
            return false
        }
    }

    private mutating func lexNumber() -> TokenKind {
        let begin = index
        while let b = peek(), b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") || b == UInt8(ascii: "_") { advance() }
        if peek() == UInt8(ascii: "."), let d = peek(1), d >= UInt8(ascii: "0") && d <= UInt8(ascii: "9") {
            advance()
            while let b = peek(), b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { advance() }
        }
        // An exponent, as numbers print: `1e5`, `1.5e-3`, `1e+21`.
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            let sign = peek(1) == UInt8(ascii: "+") || peek(1) == UInt8(ascii: "-") ? 1 : 0
            if let d = peek(1 + sign), d >= UInt8(ascii: "0") && d <= UInt8(ascii: "9") {
                for _ in 0...sign { advance() }
                while let b = peek(), b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { advance() }
            }
        }
        // The digits without their `_` separators, filtered as bytes: Foundation's
        // `replacingOccurrences` would cost two scans of every protocol conformance in the binary
        // the first time a script has a number.
        let text = String(decoding: bytes[begin..<index].filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
        let value = Double(text) ?? 0
        guard let unit = durationUnitLength(), unit > 0 else { return .number(value) }
        var seconds = 0.0
        var amount = value
        var unitLength = unit
        while true {
            let unitText = String(decoding: bytes[index..<index + unitLength], as: UTF8.self)
            for _ in 0..<unitLength { advance() }
            seconds += amount * (Lexer.durationUnits[unitText] ?? 0)
            // Compound durations: 1h30m.
            guard let d = peek(), d >= UInt8(ascii: "0") && d <= UInt8(ascii: "9") else { break }
            let save = (index, line, column)
            let numberStart = index
            while let b = peek(), b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { advance() }
            guard let next = durationUnitLength(), next > 0 else {
                (index, line, column) = save
                break
            }
            amount = Double(String(decoding: bytes[numberStart..<index], as: UTF8.self)) ?? 0
            unitLength = next
        }
        return .duration(seconds)
    }

    static let durationUnits: [String: Double] = ["ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604_800]

    /// The length of a duration unit at the cursor if one follows and is not the start of a longer word.
    private func durationUnitLength() -> Int? {
        var length = 0
        while let b = peek(length), Lexer.isWordByte(b), !(b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) { length += 1 }
        guard length > 0, length <= 2 else { return nil }
        let text = String(decoding: bytes[index..<index + length], as: UTF8.self)
        return Lexer.durationUnits[text] != nil ? length : nil
    }
}
