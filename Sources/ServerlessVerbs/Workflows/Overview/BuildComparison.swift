import ServerlessClient

/// What differs between two builds: the runtime, the dependencies, and the function and asset
/// versions, matched by path (the URL they serve). A version differs when its SID does (a new
/// upload, or the same file with another visibility). Either side may be absent (an environment
/// running no build, a service's first build): everything of the other side is then added or removed.
struct BuildComparison: Sendable {
    let from: Build?
    let to: Build?

    /// The changes, in this order: runtime, functions, assets, dependencies.
    var changes: [OverviewChange] {
        guard from?.sid != to?.sid else { return [] }
        return [OverviewChange.between(.runtime, "", from?.runtime?.rawValue, to?.runtime?.rawValue)].compactMap { $0 }
            + OverviewChange.between(.function, Self.versions(from?.functionVersions), Self.versions(to?.functionVersions))
            + OverviewChange.between(.asset, Self.versions(from?.assetVersions), Self.versions(to?.assetVersions))
            + OverviewChange.between(.dependency, Self.dependencies(from), Self.dependencies(to))
    }

    /// Versions by path, each as `ZN… (public)`.
    static func versions(_ versions: [some BuiltVersion]?) -> [String: String] {
        var byPath: [String: String] = [:]
        for version in versions ?? [] {
            byPath[version.path ?? version.sid] = version.visibility.map { "\(version.sid) (\($0.rawValue))" } ?? version.sid
        }
        return byPath
    }

    /// Dependencies by package name.
    static func dependencies(_ build: Build?) -> [String: String] {
        var byName: [String: String] = [:]
        for dependency in build?.dependencies?.entries ?? [] { byName[dependency.name] = dependency.version }
        return byName
    }
}

/// A function or asset version as a build lists it.
protocol BuiltVersion {
    var sid: String { get }
    var path: String? { get }
    var visibility: Visibility? { get }
    var dateCreated: Timestamp? { get }
}

extension FunctionVersion: BuiltVersion {}
extension AssetVersion: BuiltVersion {}
