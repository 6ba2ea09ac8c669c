/// One comparator of a range after its sugar is removed: an operator and a version, or "any".
public struct VersionComparator: Sendable, Hashable, CustomStringConvertible {
    /// How a version is compared with the comparator's.
    public enum Operator: String, Sendable {
        case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", equal = ""
    }

    /// The operator, nil for "any version".
    public let op: Operator?
    /// The version compared with, nil for "any version".
    public let version: SemanticVersion?

    /// Any version at all (node-semver's empty comparator).
    public static let any = VersionComparator(op: nil, version: nil)
    /// No version at all: `<0.0.0-0`.
    static let nothing = VersionComparator(op: .less, version: SemanticVersion(major: 0, minor: 0, patch: 0, prerelease: ["0"]))

    init(op: Operator?, version: SemanticVersion?) {
        (self.op, self.version) = (op, version)
    }

    /// `op` and a version from its numbers; nil when a number is past node-semver's limit.
    init?(_ op: Operator, _ major: UInt64, _ minor: UInt64, _ patch: UInt64, _ prerelease: [String] = []) {
        let limit = SemanticVersion.maxNumber
        guard major <= limit, minor <= limit, patch <= limit else { return nil }
        self.init(op: op, version: SemanticVersion(major: major, minor: minor, patch: patch, prerelease: prerelease))
        guard (version?.description.count ?? 0) <= SemanticVersion.maxLength else { return nil }
    }

    /// Whether `candidate` passes this comparator alone (prereleases are the range's concern).
    public func admits(_ candidate: SemanticVersion) -> Bool {
        guard let op, let version else { return true }
        switch op {
        case .less: return candidate < version
        case .lessOrEqual: return candidate <= version
        case .greater: return candidate > version
        case .greaterOrEqual: return candidate >= version
        case .equal: return candidate == version
        }
    }

    /// node-semver's form: `>=1.2.3`, `1.2.3` for equality, empty for any.
    public var description: String {
        guard let op, let version else { return "" }
        return op.rawValue + version.description
    }
}
