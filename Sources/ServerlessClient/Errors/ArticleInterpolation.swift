extension DefaultStringInterpolation {
    /// `words` after `a` or `an`, as they are said: `\(a: "asset")` is `an asset`, `\(a: "build")`
    /// is `a build`, `\(a: "unique name")` is `a unique name`. For messages that name a kind of
    /// resource, whichever kind it is.
    package mutating func appendInterpolation(a words: String) {
        appendLiteral(Self.startsWithAVowelSound(words) ? "an " : "a ")
        appendLiteral(words)
    }

    /// A vowel letter, except a `u` said `you` (`unique`, `user`, `usual`).
    private static func startsWithAVowelSound(_ words: String) -> Bool {
        let lowered = words.lowercased()
        guard let first = lowered.first, "aeiou".contains(first) else { return false }
        return !["uni", "use", "usu", "uti"].contains { lowered.hasPrefix($0) }
    }
}
