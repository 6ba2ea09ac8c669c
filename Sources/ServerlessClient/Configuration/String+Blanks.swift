extension StringProtocol {
    /// The text without the spaces and tabs around it (what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` removes: horizontal white space, not line breaks).
    ///
    /// Written in Swift rather than taken from Foundation because it runs while buildsh starts:
    /// Foundation's version goes through `NSString`, whose first use costs a scan of every protocol
    /// conformance in the binary (about a tenth of a millisecond each time it happens). Text whose ends
    /// are ASCII (every verb's examples, read at start-up) is trimmed byte by byte; other text
    /// character by character, which also knows Unicode's blanks (U+00A0, U+3000, …).
    package func trimmingBlanks() -> String {
        // One forward pass (a StringProtocol's UTF-8 view only walks forwards): the first byte that is
        // not a space or tab, and the one after the last such byte.
        var start: String.Index?
        var end = startIndex
        var lastByte: UInt8 = 0
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if !Self.isASCIIBlank(byte) {
                if start == nil { start = index }
                end = next
                lastByte = byte
            }
            index = next
        }
        guard let start else { return "" }
        if utf8[start] < 0x80, lastByte < 0x80 { return String(self[start..<end]) }
        func isBlank(_ character: Character) -> Bool { character.isWhitespace && !character.isNewline }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return String(self[first...last])
    }

    private static func isASCIIBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
