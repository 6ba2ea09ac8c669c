import NpmSemver

/// Whether a dependency version is one a build can install from the npm registry: npm's range
/// grammar (node-semver: `1.2.3`, `^1.2.3`, `~1.2`, `>=1 <2`, `1.x`, `*`, `4.17.0 - 4.17.21`,
/// `^3 || ^4`, `""`) or the `latest` tag. The rule is `NpmSemver.DependencyVersion`, the same one
/// the sandbox's builds apply.
enum SemverRange {
    /// Whether `text` is a valid version, range or accepted tag.
    static func isValid(_ text: String) -> Bool {
        DependencyVersion(text) != nil
    }
}
