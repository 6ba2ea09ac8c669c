extension Lexer {
    /// Lexes `"..."`: escapes `\n \t \r \0 \\ \" \$ \u{XXXX}` and `${expression}` interpolation.
    mutating func lexString(start: SourceLocation) -> TokenKind {
        advance()
        var parts: [StringPart] = []
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty { parts.append(.text(String(decoding: text, as: UTF8.self))); text = [] }
        }
        while true {
            guard let byte = peek() else {
                endedInsideString = true
                report("unterminated string", from: start)
                flush()
                return .string(parts)
            }
            switch byte {
            case UInt8(ascii: "\""):
                advance()
                flush()
                return .string(parts)
            case UInt8(ascii: "\\"):
                let escapeStart = location
                advance()
                text.append(contentsOf: lexEscape(escapeStart: escapeStart))
            case UInt8(ascii: "$") where peek(1) == UInt8(ascii: "{"):
                flush()
                advance(); advance()
                let inner = location
                let begin = index
                if scanInterpolation() {
                    parts.append(.interpolation(source: String(decoding: bytes[begin..<index], as: UTF8.self), start: inner))
                    advance()
                } else {
                    endedInsideString = true
                    report("unterminated '${' in string", from: start)
                    return .string(parts)
                }
            default:
                text.append(byte)
                advance()
            }
        }
    }

    /// Skips to the `}` closing an interpolation (not consuming it), minding nested braces and strings.
    private mutating func scanInterpolation() -> Bool {
        var depth = 0
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "}"):
                if depth == 0 { return true }
                depth -= 1
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                advance()
                while let b = peek(), b != byte {
                    if b == UInt8(ascii: "\\") { advance() }
                    advance()
                }
            default: break
            }
            advance()
        }
        return false
    }

    private mutating func lexEscape(escapeStart: SourceLocation) -> [UInt8] {
        guard let byte = peek() else { return [] }
        advance()
        switch byte {
        case UInt8(ascii: "n"): return [0x0A]
        case UInt8(ascii: "t"): return [0x09]
        case UInt8(ascii: "r"): return [0x0D]
        case UInt8(ascii: "0"): return [0x00]
        case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "$"), UInt8(ascii: "'"): return [byte]
        case UInt8(ascii: "u") where peek() == UInt8(ascii: "{"):
            advance()
            var hex = ""
            while let b = peek(), b != UInt8(ascii: "}"), hex.count < 8 {
                hex.append(Character(UnicodeScalar(b)))
                advance()
            }
            if peek() == UInt8(ascii: "}") { advance() }
            if let code = UInt32(hex, radix: 16), let scalar = UnicodeScalar(code) {
                return Array(String(Character(scalar)).utf8)
            }
            report("invalid unicode escape '\\u{\(hex)}'", from: escapeStart)
            return []
        default:
            report("unknown escape '\\\(Character(UnicodeScalar(byte)))'", from: escapeStart)
            return [byte]
        }
    }

    /// Lexes `'...'`: no interpolation; only `\'` and `\\` are escapes.
    mutating func lexRawString(start: SourceLocation) -> TokenKind {
        advance()
        var text: [UInt8] = []
        while let byte = peek() {
            advance()
            if byte == UInt8(ascii: "'") { return .string([.text(String(decoding: text, as: UTF8.self))]) }
            if byte == UInt8(ascii: "\\"), let next = peek(), next == UInt8(ascii: "'") || next == UInt8(ascii: "\\") {
                text.append(next)
                advance()
            } else {
                text.append(byte)
            }
        }
        endedInsideString = true
        report("unterminated string", from: start)
        return .string([.text(String(decoding: text, as: UTF8.self))])
    }
}
