import Foundation
import GRDB

/// Reads the dates GRDB stores, `yyyy-MM-dd HH:mm:ss.SSS` in UTC, by hand: a page of builds reads
/// thousands, and GRDB's own reading goes through a `Calendar` for each. Any other shape (a
/// number, a date written by someone else) is left to GRDB, so the result is always GRDB's.
enum StoredDate {
    /// The date in column `index` of `row`.
    static func read(_ row: Row, at index: Int) -> Date {
        let value: DatabaseValue = row[index]
        if case let .string(text) = value.storage, let date = parse(text) { return date }
        return row[index]
    }

    /// The date of `2018-11-10 20:00:00.123`, or nil for any other shape.
    static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// `parse` of text held as bytes (a column's text, read in place).
    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        guard let fields = fields(bytes) else { return nil }
        let days = TwilioDate.days(fromCivil: Int64(fields.year), month: fields.month, day: fields.day)
        let seconds = days * 86_400 + Int64(fields.secondOfDay)
        // Whole seconds from the reference date, then the fraction: GRDB's `Calendar` arrives at
        // the very same `Double`, so a date read back and written again keeps its milliseconds.
        let sinceReference = Double(seconds - Int64(Date.timeIntervalBetween1970AndReferenceDate))
        return Date(timeIntervalSinceReferenceDate: sinceReference + Double(fields.millisecond) / 1000)
    }

    /// Appends the wire text (`2018-11-10T20:00:00Z`) of the stored text `bytes` and returns true, or
    /// returns false without writing when the text has any other shape than the one `parse` reads.
    /// The same text as parsing and writing the `Date`: whole seconds, rounded down.
    static func writeWireText(of bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) -> Bool {
        guard fields(bytes) != nil else { return false }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<10]))
        output.append(UInt8(ascii: "T"))
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[11..<19]))
        output.append(UInt8(ascii: "Z"))
        return true
    }

    /// The fields of `yyyy-MM-dd HH:mm:ss.SSS` with each in its range, or nil.
    private static func fields(_ bytes: UnsafeBufferPointer<UInt8>)
        -> (year: Int, month: Int, day: Int, secondOfDay: Int, millisecond: Int)?
    {
        guard bytes.count == 23, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes[10] == UInt8(ascii: " "), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              bytes[19] == UInt8(ascii: ".")
        else { return nil }
        func number(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for index in start..<(start + count) {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              let millisecond = number(20, 3),
              (1...12).contains(month), (1...TwilioDate.daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60
        else { return nil }
        return (year, month, day, hour * 3600 + minute * 60 + second, millisecond)
    }
}
