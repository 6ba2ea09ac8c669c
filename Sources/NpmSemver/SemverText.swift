/// The lexical pieces of node-semver's grammar shared by versions and ranges.
enum SemverText {
    /// `text` without the whitespace around it (JavaScript's `\s`, which includes U+FEFF).
    static func trimmed(_ text: String) -> Substring {
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return text[first...last]
    }

    /// `text` trimmed, with every run of whitespace made one space.
    static func collapsed(_ text: String) -> String {
        trimmed(text).split(whereSeparator: { $0.isWhitespace || $0 == "\u{FEFF}" }).joined(separator: " ")
    }

    /// A numeric identifier (`0` or digits without a leading zero) no larger than 2⁵³−1.
    static func number(_ text: Substring) -> UInt64? {
        guard isNumeric(text), text == "0" || text.first != "0", text.count <= 16, let value = UInt64(text),
              value <= SemanticVersion.maxNumber else { return nil }
        return value
    }

    static func isNumeric(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// Letters, digits and `-`, at least one.
    static func isIdentifierText(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: "-")
        }
    }

    /// Dot-separated prerelease identifiers: each alphanumeric, or numeric without a leading zero.
    static func prereleaseIdentifiers(_ text: Substring) -> [String]? {
        let identifiers = text.split(separator: ".", omittingEmptySubsequences: false)
        guard identifiers.allSatisfy({ isIdentifierText($0) && (!isNumeric($0) || $0 == "0" || $0.first != "0") }) else {
            return nil
        }
        return identifiers.map(String.init)
    }

    /// Dot-separated build identifiers: letters, digits and `-`.
    static func buildIdentifiers(_ text: Substring) -> [String]? {
        let identifiers = text.split(separator: ".", omittingEmptySubsequences: false)
        return identifiers.allSatisfy(isIdentifierText) ? identifiers.map(String.init) : nil
    }

    /// Prerelease order: numbers by value and before words; words by their bytes.
    static func identifier(_ left: String, precedes right: String) -> Bool {
        switch (isNumeric(Substring(left)), isNumeric(Substring(right))) {
        case (true, true): return (left.count, left) < (right.count, right)
        case (true, false): return true
        case (false, true): return false
        case (false, false): return Array(left.utf8).lexicographicallyPrecedes(Array(right.utf8))
        }
    }
}
