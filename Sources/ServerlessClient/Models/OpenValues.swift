/// A Function or Asset Version's visibility. Decoded in any letter case (`PUBLIC`, `Public`) and
/// normalised to lower case; values the API may add later are kept, not rejected.
public struct Visibility: RawRepresentable, Codable, Sendable, Hashable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The lower-cased value, e.g. `public`.
    public let rawValue: String

    /// Makes a visibility from any spelling; the value is lower-cased.
    public init(rawValue: String) { self.rawValue = rawValue.lowercased() }
    /// Makes a visibility from a literal such as `"private"`.
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    /// Decodes from a JSON string in any letter case.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }
    /// Encodes as the lower-cased JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    /// The value, e.g. `protected`.
    public var description: String { rawValue }

    /// Served to anyone.
    public static let `public`: Visibility = "public"
    /// Reachable only from other Functions of the service.
    public static let `private`: Visibility = "private"
    /// Served only to requests carrying a valid Twilio signature.
    public static let protected: Visibility = "protected"
}

/// A Build's runtime, an open string: the API documents `node8` … `node22`, and newer runtimes
/// such as `node24` are passed through unchanged.
public struct Runtime: RawRepresentable, Codable, Sendable, Hashable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The runtime name as sent and received, e.g. `node22`.
    public let rawValue: String

    /// Makes a runtime from its name, unchanged.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Makes a runtime from a literal such as `"node22"`.
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    /// Decodes from a JSON string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }
    /// Encodes as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    /// The runtime name.
    public var description: String { rawValue }

    /// Node.js 18.
    public static let node18: Runtime = "node18"
    /// Node.js 20.
    public static let node20: Runtime = "node20"
    /// Node.js 22.
    public static let node22: Runtime = "node22"
    /// Node.js 24 (newer than the published OpenAPI enum).
    public static let node24: Runtime = "node24"
}

/// A Build's state: `building`, then `completed` or `failed`. Decoded in any letter case; unknown
/// values are kept (and count as not finished).
public struct BuildState: RawRepresentable, Codable, Sendable, Hashable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The lower-cased state, e.g. `completed`.
    public let rawValue: String

    /// Makes a state from any spelling; the value is lower-cased.
    public init(rawValue: String) { self.rawValue = rawValue.lowercased() }
    /// Makes a state from a literal such as `"failed"`.
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    /// Decodes from a JSON string in any letter case.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }
    /// Encodes as the lower-cased JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    /// The state name.
    public var description: String { rawValue }

    /// Whether the build has finished, successfully or not.
    public var isFinished: Bool { self == .completed || self == .failed }

    /// The build is still running.
    public static let building: BuildState = "building"
    /// The build finished and can be deployed.
    public static let completed: BuildState = "completed"
    /// The build finished with an error.
    public static let failed: BuildState = "failed"
}
