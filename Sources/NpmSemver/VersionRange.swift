/// An npm version range as node-semver reads it without options: alternatives joined by `||`, each
/// a hyphen range (`1.2 - 3`) or comparators joined by spaces (`>=1.2.3 <2`, `~1.2`, `^0.3`, `1.x`,
/// `*`), build metadata ignored. One value serves every place that decides whether a dependency's
/// version is valid, and which versions it admits.
public struct VersionRange: Sendable, CustomStringConvertible {
    /// The alternatives; a version is in the range when it passes every comparator of one of them.
    public let alternatives: [[VersionComparator]]

    /// Reads `text`; nil when node-semver's `validRange` would answer null.
    public init?(_ text: String) {
        var alternatives: [[VersionComparator]] = []
        for part in SemverText.collapsed(text).split(separator: "||", omittingEmptySubsequences: false) {
            guard let comparators = RangeSyntax.comparators(of: String(SemverText.trimmed(String(part)))) else { return nil }
            alternatives.append(comparators)
        }
        self.alternatives = Self.simplified(alternatives)
    }

    /// Null sets dropped when something else remains; a lone "any" alternative makes the range any.
    private static func simplified(_ alternatives: [[VersionComparator]]) -> [[VersionComparator]] {
        guard alternatives.count > 1 else { return alternatives }
        let possible = alternatives.filter { $0.first != .nothing }
        if possible.isEmpty { return [alternatives[0]] }
        if let any = possible.first(where: { $0 == [.any] }) { return [any] }
        return possible
    }

    /// Whether `version` is in the range. A prerelease is only admitted by an alternative that names
    /// a prerelease of the same `MAJOR.MINOR.PATCH` (so `^1.2.3-beta.1` admits `1.2.3-beta.2`, never
    /// `1.2.4-alpha`).
    public func contains(_ version: SemanticVersion) -> Bool {
        alternatives.contains { comparators in
            guard comparators.allSatisfy({ $0.admits(version) }) else { return false }
            guard !version.prerelease.isEmpty else { return true }
            return comparators.contains { comparator in
                guard let named = comparator.version, !named.prerelease.isEmpty else { return false }
                return named.sharesRelease(with: version)
            }
        }
    }

    /// Whether the text `version` is a version in the range (text that is not a version is in none).
    public func contains(_ version: String) -> Bool {
        SemanticVersion(version).map(contains) ?? false
    }

    /// node-semver's canonical form (`validRange`): `>=1.2.3 <2.0.0-0||2.5.0`, `*` for any version.
    public var description: String {
        let text = alternatives.map { $0.map(\.description).joined(separator: " ") }.joined(separator: "||")
        return text.isEmpty ? "*" : text
    }
}
