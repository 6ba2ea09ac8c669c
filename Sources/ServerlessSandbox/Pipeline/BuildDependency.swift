import Foundation
import NpmSemver

/// One npm dependency of a build, `{name, version}` on the wire.
struct BuildDependency: Sendable, Equatable, Codable {
    var name: String
    var version: String

    /// Reads the `Dependencies` form field: a JSON array of `{name, version}` objects (or a JSON object
    /// mapping names to versions), possibly wrapped once more in quotes (as a JSON string literal or
    /// by plain `"` on both ends, as the Serverless Toolkit sends it).
    static func parseField(_ text: String) throws(SandboxAPIError) -> [BuildDependency] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return [] }
        var json = trimmed
        if trimmed.count >= 2, trimmed.hasPrefix("\""), trimmed.hasSuffix("\"") {
            if let unquoted = try? JSONDecoder().decode(String.self, from: Data(trimmed.utf8)) {
                json = unquoted
            } else {
                json = String(trimmed.dropFirst().dropLast())
            }
        }
        let data = Data(json.utf8)
        if let list = try? JSONDecoder().decode([BuildDependency].self, from: data) { return list }
        if let map = try? JSONDecoder().decode([String: String].self, from: data) {
            return map.keys.sorted().map { BuildDependency(name: $0, version: map[$0] ?? "") }
        }
        throw .invalid("Invalid Dependencies: expected a JSON array of {\"name\", \"version\"} objects")
    }

    /// Encodes a list for storage.
    static func encode(_ dependencies: [BuildDependency]) -> String {
        let data = (try? JSONEncoder().encode(dependencies)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// Whether npm could install the version from the registry: a range in npm's grammar or the
    /// `latest` tag (`NpmSemver.DependencyVersion`, the rule deploy's pre-check applies too).
    var hasValidVersion: Bool {
        DependencyVersion(version) != nil
    }
}
