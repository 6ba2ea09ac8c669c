/// A version as node-semver reads it without options: `[v]MAJOR.MINOR.PATCH[-prerelease][+build]`,
/// numbers without leading zeros and at most 2⁵³−1 (JavaScript's largest safe integer), at most 256
/// characters. Build metadata is kept but never compared.
public struct SemanticVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The largest number node-semver accepts in a version (`Number.MAX_SAFE_INTEGER`).
    public static let maxNumber: UInt64 = 9_007_199_254_740_991
    /// The longest version text node-semver reads.
    public static let maxLength = 256

    public let major: UInt64
    public let minor: UInt64
    public let patch: UInt64
    /// The dot-separated prerelease identifiers (`["beta", "1"]` for `-beta.1`); empty for a release.
    public let prerelease: [String]
    /// The dot-separated build identifiers; they take no part in comparisons.
    public let build: [String]

    /// A version from its parts, as given.
    public init(major: UInt64, minor: UInt64, patch: UInt64, prerelease: [String] = [], build: [String] = []) {
        (self.major, self.minor, self.patch, self.prerelease, self.build) = (major, minor, patch, prerelease, build)
    }

    /// Reads `text` (surrounding whitespace ignored); nil when it is not a version.
    public init?(_ text: String) {
        guard text.count <= Self.maxLength else { return nil }
        var rest = Substring(SemverText.trimmed(text))
        if rest.hasPrefix("v") { rest = rest.dropFirst() }
        var build: [String] = []
        if let plus = rest.firstIndex(of: "+") {
            guard let identifiers = SemverText.buildIdentifiers(rest[rest.index(after: plus)...]) else { return nil }
            build = identifiers
            rest = rest[..<plus]
        }
        var prerelease: [String] = []
        if let dash = rest.firstIndex(of: "-") {
            guard let identifiers = SemverText.prereleaseIdentifiers(rest[rest.index(after: dash)...]) else { return nil }
            prerelease = identifiers
            rest = rest[..<dash]
        }
        let numbers = rest.split(separator: ".", omittingEmptySubsequences: false).map(SemverText.number)
        guard numbers.count == 3, let major = numbers[0], let minor = numbers[1], let patch = numbers[2] else { return nil }
        self.init(major: major, minor: minor, patch: patch, prerelease: prerelease, build: build)
    }

    /// `MAJOR.MINOR.PATCH[-prerelease]`, as node-semver prints a version (no build metadata).
    public var description: String {
        let main = "\(major).\(minor).\(patch)"
        return prerelease.isEmpty ? main : main + "-" + prerelease.joined(separator: ".")
    }

    /// Whether the version has the same major, minor and patch as `other`.
    func sharesRelease(with other: SemanticVersion) -> Bool {
        (major, minor, patch) == (other.major, other.minor, other.patch)
    }

    /// Precedence as semver defines it: a prerelease sorts before its release; numeric identifiers
    /// compare as numbers and before alphanumeric ones; a longer list of equal identifiers is greater.
    public static func < (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool {
        if (lhs.major, lhs.minor, lhs.patch) != (rhs.major, rhs.minor, rhs.patch) {
            return (lhs.major, lhs.minor, lhs.patch) < (rhs.major, rhs.minor, rhs.patch)
        }
        if lhs.prerelease.isEmpty || rhs.prerelease.isEmpty { return !lhs.prerelease.isEmpty && rhs.prerelease.isEmpty }
        for (left, right) in zip(lhs.prerelease, rhs.prerelease) where left != right {
            return SemverText.identifier(left, precedes: right)
        }
        return lhs.prerelease.count < rhs.prerelease.count
    }

    /// Equal precedence: build metadata is ignored.
    public static func == (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool {
        (lhs.major, lhs.minor, lhs.patch) == (rhs.major, rhs.minor, rhs.patch) && lhs.prerelease == rhs.prerelease
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(major)
        hasher.combine(minor)
        hasher.combine(patch)
        hasher.combine(prerelease)
    }
}
