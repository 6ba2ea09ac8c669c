/// A value the API sends as a string from a documented set that may grow (visibility, runtime,
/// build state): unknown values are kept rather than rejected. Conforming types get their JSON
/// coding, string-literal and `description` behaviour from this protocol.
public protocol OpenStringValue: RawRepresentable, Codable, Sendable, Hashable, ExpressibleByStringLiteral,
    CustomStringConvertible where RawValue == String
{
    /// Makes the value from its text (conforming types may normalise it).
    init(rawValue: String)
}

extension OpenStringValue {
    /// Makes the value from a literal.
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

    /// The text of the value.
    public var description: String { rawValue }
}
