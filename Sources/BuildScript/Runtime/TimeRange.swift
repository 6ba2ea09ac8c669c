import Foundation

/// The times scripts can hold: from 0001-01-01 to 9999-12-31 (UTC), as ISO 8601 can write them.
/// `time(n)`, `time("...")` and time arithmetic outside it, or with `nan`, are errors.
enum TimeRange {
    /// 0001-01-01T00:00:00Z in seconds since 1970.
    static let earliest = -62_135_596_800.0
    /// 9999-12-31T23:59:59.999Z in seconds since 1970.
    static let latest = 253_402_300_799.999

    /// The date `seconds` after 1970, or an error when it is not a number or out of range.
    static func checked(_ seconds: Double) throws(VerbError) -> Date {
        guard !seconds.isNaN else { throw VerbError("the time is not a number (nan)") }
        guard seconds >= earliest, seconds <= latest else {
            throw VerbError("the time is out of range (years 1 to 9999 only)")
        }
        return Date(timeIntervalSince1970: seconds)
    }

    /// Whether the calendar date at the start of an ISO 8601 text exists (`2026-02-30` does not);
    /// the parser would otherwise roll it over to March.
    static func hasValidDate(_ text: String) -> Bool {
        let digits = text.utf8.prefix(10).map { Int($0) - 48 }
        guard digits.count == 10, text.utf8.prefix(10).enumerated().allSatisfy({ index, byte in
            index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (48...57).contains(byte)
        }) else { return true }
        let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        let month = digits[5] * 10 + digits[6]
        let day = digits[8] * 10 + digits[9]
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }
}
