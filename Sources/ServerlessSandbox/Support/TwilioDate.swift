import Foundation

/// Twilio's date-time wire format, `2018-11-10T20:00:00Z` (UTC, whole seconds).
enum TwilioDate {
    static func format(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false).timeSeparator(.colon).timeZone(separator: .omitted))
    }

    /// Reads `2018-11-10T20:00:00Z` (fractional seconds and offsets accepted too), or nil.
    static func parse(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
