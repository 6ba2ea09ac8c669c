/// What a dependency's version in package.json may say for a build to install it from the npm
/// registry: a range (``VersionRange``: `5.3.0`, `^5`, `4.17.0 - 4.17.21`, `""` meaning any), or a
/// dist-tag every published package has. Both the deploy pre-check and the sandbox's build rules
/// ask this one type, so they cannot disagree.
public enum DependencyVersion: Sendable {
    case range(VersionRange)
    case distTag(String)

    /// The dist-tags accepted: only `latest`, which npm gives every published package. Other tags
    /// (`next`, `beta`) exist only where a package's authors made them.
    public static let distTags: Set<String> = ["latest"]

    /// Reads `text`; nil when a build would fail on it.
    public init?(_ text: String) {
        if let range = VersionRange(text) {
            self = .range(range)
        } else if Self.distTags.contains(String(SemverText.trimmed(text))) {
            self = .distTag(String(SemverText.trimmed(text)))
        } else {
            return nil
        }
    }
}
