/// One line of a `.env` file by dotenv 6.2.0's rules (the serverless-toolkit's), verified against
/// its `lib/main.js`: the line regex `^\s*([\w.-]+)\s*=\s*(.*)?\s*$`, then `\n` expanded when the
/// value starts and ends with `"`, then `^['"]` and `['"]$` removed, then a trim.
enum DotEnvRules62 {
    /// The key and value of `line`; nil when the line does not match.
    static func read(_ line: Substring) -> (key: String, value: String)? {
        var rest = line.drop(while: isSpace)
        let key = rest.prefix(while: isKeyCharacter)
        guard !key.isEmpty else { return nil }
        rest = rest.dropFirst(key.count).drop(while: isSpace)
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop(while: isSpace)
        // `.` stops at a line terminator; what follows it must be whitespace for `\s*$` to match.
        let end = rest.firstIndex(where: { $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" }) ?? rest.endIndex
        guard rest[end...].allSatisfy(isSpace) else { return nil }
        var value = String(rest[..<end])
        if value.count > 0, value.hasPrefix("\""), value.hasSuffix("\"") {
            value = value.replacingOccurrences(of: "\\n", with: "\n")
        }
        if let first = value.first, first == "'" || first == "\"" { value.removeFirst() }
        if let last = value.last, last == "'" || last == "\"" { value.removeLast() }
        return (String(key), String(trimmed(Substring(value))))
    }

    /// JavaScript's `trim()`.
    static func trimmed(_ text: Substring) -> Substring {
        text.drop(while: isSpace).reversed().drop(while: isSpace).reversed().reduce(into: Substring()) { $0.append($1) }
    }

    /// JavaScript's `\s`.
    static func isSpace(_ character: Character) -> Bool { character.isWhitespace || character == "\u{FEFF}" }

    /// JavaScript's `[\w.-]`.
    static func isKeyCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_" || character == "." || character == "-")
    }
}
