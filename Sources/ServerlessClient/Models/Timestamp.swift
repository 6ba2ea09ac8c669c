import Foundation

/// A date-time as the API sends it (`2018-11-10T20:00:00Z`), kept verbatim so a record encodes back
/// exactly as it was received, with the parsed `Date` alongside.
///
/// Decoding never fails on an unusual format: the text is kept and `date` is `nil`.
public struct Timestamp: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The text exactly as received (or as formatted when made from a `Date`).
    public let text: String

    /// The instant, when `text` is an ISO 8601 date-time (with or without fractional seconds).
    public var date: Date? { Self.parse(text) }

    /// Wraps text received from the API.
    public init(text: String) {
        self.text = text
    }

    /// Formats a `Date` the way the API does (`yyyy-MM-dd'T'HH:mm:ss'Z'`, UTC).
    public init(_ date: Date) {
        self.text = Self.format(date)
    }

    /// Decodes from a JSON string.
    public init(from decoder: any Decoder) throws {
        text = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes as the JSON string it was received as.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    /// The text as received.
    public var description: String { text }

    /// Orders by instant; text that is not a date sorts before any date, then by text.
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        switch (lhs.date, rhs.date) {
        case let (left?, right?): return left < right
        case (nil, _?): return true
        case (_?, nil): return false
        case (nil, nil): return lhs.text < rhs.text
        }
    }

    /// The API's wire format for a `Date` (also used for the `StartDate`/`EndDate` log filters).
    static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC") ?? .current))
    }

    private static func parse(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle()) {
            return date
        }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
