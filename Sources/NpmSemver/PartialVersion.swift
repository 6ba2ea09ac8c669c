/// A version that may leave parts out or wild (`1`, `1.2`, `1.x`, `1.2.*`, `1.2.3-beta`), with the
/// `v` and `=` characters node-semver lets stand before it (`prefix`).
struct PartialVersion {
    /// The text before the first number (`v`, `=`, or several of them).
    var prefix: Substring
    /// Up to three parts, each a number text or `x`, `X`, `*`.
    var parts: [Substring]
    var prerelease: [String]

    /// Reads `[v=]*xr(.xr(.xr(-prerelease)?)?)?`; build metadata was removed before.
    init?(_ text: Substring) {
        let start = text.firstIndex(where: { $0 != "v" && $0 != "=" }) ?? text.endIndex
        prefix = text[..<start]
        var rest = text[start...]
        prerelease = []
        if let dash = rest.firstIndex(of: "-") {
            guard let identifiers = SemverText.prereleaseIdentifiers(rest[rest.index(after: dash)...]) else { return nil }
            prerelease = identifiers
            rest = rest[..<dash]
        }
        parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), prerelease.isEmpty || parts.count == 3 else { return nil }
        guard parts.allSatisfy({ Self.isWild($0) || SemverText.isNumeric($0) && ($0 == "0" || $0.first != "0") }) else {
            return nil
        }
    }

    private static func isWild(_ part: Substring) -> Bool { part == "x" || part == "X" || part == "*" }

    /// Whether part `index` is left out or wild.
    func isWild(_ index: Int) -> Bool { index >= parts.count || Self.isWild(parts[index]) }

    /// Part `index` as a number: 0 when it or a part before it is wild (`1.x.5` reads as `1.0.0`);
    /// nil past node-semver's limit.
    func number(_ index: Int) -> UInt64? {
        (0...index).contains(where: isWild) ? 0 : SemverText.number(parts[index])
    }

    /// A wild part followed by a fixed one (`x.1`, `1.x.5`): no range.
    var hasFixedAfterWild: Bool { (isWild(0) && !isWild(1)) || (isWild(1) && parts.count == 3 && !isWild(2)) }

    /// The text after the prefix names a full version and the prefix is one node-semver keeps (`v`).
    var isPlainFull: Bool { !isWild(2) && (prefix.isEmpty || prefix == "v") }
}
