/// A Build's runtime, an open string: the API documents `node8` … `node22`, and newer runtimes
/// such as `node24` are passed through unchanged.
public struct Runtime: OpenStringValue {
    /// The runtime name as sent and received, e.g. `node22`.
    public let rawValue: String

    /// Makes a runtime from its name, unchanged.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Node.js 18.
    public static let node18: Runtime = "node18"
    /// Node.js 20.
    public static let node20: Runtime = "node20"
    /// Node.js 22.
    public static let node22: Runtime = "node22"
    /// Node.js 24 (newer than the published OpenAPI enum).
    public static let node24: Runtime = "node24"
}
