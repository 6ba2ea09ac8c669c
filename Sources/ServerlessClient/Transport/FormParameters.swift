import Foundation

/// An `application/x-www-form-urlencoded` body or query: ordered pairs, list values as repeated
/// keys without brackets (`FunctionVersions=ZN1&FunctionVersions=ZN2`), booleans as `true`/`false`.
public struct FormParameters: Sendable {
    private(set) var pairs: [(name: String, value: String)] = []

    /// No fields.
    public init() {}

    /// Adds `name=value` when `value` is not `nil`.
    public mutating func add(_ name: String, _ value: String?) {
        guard let value else { return }
        pairs.append((name, value))
    }

    /// Adds `name=true|false` when `value` is not `nil`.
    public mutating func add(_ name: String, _ value: Bool?) {
        guard let value else { return }
        pairs.append((name, value ? "true" : "false"))
    }

    /// Adds `name=<integer>` when `value` is not `nil`.
    public mutating func add(_ name: String, _ value: Int?) {
        guard let value else { return }
        pairs.append((name, String(value)))
    }

    /// Adds `name` once per element (an empty list adds nothing).
    public mutating func add(_ name: String, each values: [String]) {
        for value in values { pairs.append((name, value)) }
    }

    /// Adds `name=<API date-time>` when `value` is not `nil`.
    public mutating func add(_ name: String, _ value: Date?) {
        guard let value else { return }
        pairs.append((name, Timestamp.format(value)))
    }

    /// Whether no field was added.
    public var isEmpty: Bool { pairs.isEmpty }

    /// The encoded text, e.g. `FriendlyName=My%20service&UiEditable=false`.
    var encoded: String {
        pairs.map { Self.escape($0.name) + "=" + Self.escape($0.value) }.joined(separator: "&")
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters (spaces become `%20`).
    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
