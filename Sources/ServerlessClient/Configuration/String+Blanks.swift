extension StringProtocol {
    /// The text without the spaces and tabs around it (what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` removes: horizontal white space, not line breaks).
    ///
    /// Written in Swift rather than taken from Foundation because it runs while buildsh starts:
    /// Foundation's version goes through `NSString`, whose first use costs a scan of every protocol
    /// conformance in the binary (about a tenth of a millisecond each time it happens).
    package func trimmingBlanks() -> String {
        func isBlank(_ character: Character) -> Bool { character.isWhitespace && !character.isNewline }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
