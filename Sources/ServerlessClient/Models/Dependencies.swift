import Foundation

/// One npm dependency of a Build.
public struct Dependency: Codable, Sendable, Hashable {
    /// The npm package name, e.g. `@twilio/runtime-handler`.
    public var name: String
    /// The version or range, e.g. `1.0.1`.
    public var version: String

    /// Makes a dependency.
    public init(name: String, version: String) {
        self.name = name
        self.version = version
    }
}

/// A Build's npm dependencies.
///
/// Accepted in both shapes callers write: a list of `{name, version}` records or one
/// `{name: version}` record (as array or dictionary literal, or decoded from JSON of either shape,
/// or from a string holding such JSON). Always encodes as the API's list of `{name, version}`
/// objects; ``wireValue`` is the one JSON string the `Dependencies` form field carries.
public struct Dependencies: Codable, Sendable, Hashable, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    /// The dependencies, in the order given (a `{name: version}` record from JSON is sorted by name).
    public var entries: [Dependency]

    /// Makes the list from `{name, version}` entries.
    public init(_ entries: [Dependency]) { self.entries = entries }

    /// Makes the list from a `{name: version}` record, sorted by name for a stable wire value.
    public init(_ versionsByName: [String: String]) {
        entries = versionsByName.sorted { $0.key < $1.key }.map { Dependency(name: $0.key, version: $0.value) }
    }

    /// `[Dependency(name: "twilio", version: "5.3.0")]`.
    public init(arrayLiteral elements: Dependency...) { entries = elements }

    /// `["twilio": "5.3.0"]`, in literal order.
    public init(dictionaryLiteral elements: (String, String)...) {
        entries = elements.map { Dependency(name: $0.0, version: $0.1) }
    }

    /// Decodes either shape, or a string containing JSON of either shape.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let list = try? container.decode([Dependency].self) {
            self.init(list)
        } else if let record = try? container.decode([String: String].self) {
            self.init(record)
        } else if let text = try? container.decode(String.self) {
            self = try Self.parse(json: text)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "dependencies must be a list of {name, version} or a {name: version} record"
            )
        }
    }

    /// Encodes as the API's list of `{name, version}` objects.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(entries)
    }

    /// Parses JSON text of either shape, e.g. `{"twilio": "5.3.0"}`.
    public static func parse(json text: String) throws -> Dependencies {
        try JSONDecoder().decode(Dependencies.self, from: Data(text.utf8))
    }

    /// The `Dependencies` form field: one JSON string, e.g.
    /// `[{"name":"twilio","version":"3.29.2"}]` (no escaped slashes, stable key order).
    public var wireValue: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(entries) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}
