import Foundation
import GRDB
@testable import ServerlessSandbox
import Testing

/// The hand-written readers and writers on the list path agree with what they replace: GRDB's
/// reading of stored dates, Foundation's ISO 8601 formatting, the byte-by-byte JSON string writer.
@Suite("Stored dates and JSON text")
struct StoredFormatTests {
    /// Stored dates spread over 1970–2100 with every kind of millisecond, leap days and ends of years.
    static let storedDates: [String] = {
        var generator = SplitMix64(state: 42)
        var texts = ["1970-01-01 00:00:00.000", "2000-02-29 23:59:59.999", "2024-12-31 23:59:59.000", "2100-03-01 00:00:00.001"]
        for _ in 0..<2000 {
            let seconds = Double(generator.next() % 4_102_444_800)
            let millisecond = Double(generator.next() % 1000) / 1000
            texts.append(Self.storageText(Date(timeIntervalSince1970: seconds + millisecond)))
        }
        return texts
    }()

    static func storageText(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss.SSS"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        return formatter.string(from: date)
    }

    @Test func storedDatesReadAsGRDBReadsThem() throws {
        for text in Self.storedDates {
            let expected = try #require(Date.fromDatabaseValue(text.databaseValue))
            let parsed = try #require(StoredDate.parse(text), "\(text)")
            #expect(parsed.timeIntervalSinceReferenceDate == expected.timeIntervalSinceReferenceDate, "\(text)")
        }
    }

    @Test(arguments: ["2018-11-10 20:00:00", "2018-11-10T20:00:00.000", "2018-02-30 00:00:00.000", "2018-13-01 00:00:00.000", "20x8-11-10 20:00:00.000", ""])
    func otherShapesAreLeftToGRDB(text: String) {
        #expect(StoredDate.parse(text) == nil)
    }

    @Test func otherShapesStillReadThroughGRDB() throws {
        let queue = try DatabaseQueue()
        let row = try #require(try queue.read { db in try Row.fetchOne(db, sql: "SELECT '2018-11-10 20:00:00', 1541880000.5") })
        #expect(StoredDate.read(row, at: 0) == Date(timeIntervalSince1970: 1_541_880_000))
        #expect(StoredDate.read(row, at: 1) == Date(timeIntervalSince1970: 1_541_880_000.5))
    }

    @Test func dayNumbersRoundTrip() {
        for days in stride(from: Int64(-800_000), through: 800_000, by: 37) {
            let (year, month, day) = TwilioDate.civil(fromDays: days)
            #expect(TwilioDate.days(fromCivil: year, month: month, day: day) == days)
            #expect(day <= TwilioDate.daysIn(month: month, year: Int(year)))
        }
    }

    @Test func wireDatesMatchFoundation() {
        var generator = SplitMix64(state: 7)
        for _ in 0..<2000 {
            let date = Date(timeIntervalSince1970: Double(generator.next() % 4_102_444_800) + 0.75)
            let whole = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
            #expect(TwilioDate.format(date) == whole.formatted(.iso8601))
            #expect(JSONValue.date(date).serialized == "\"\(TwilioDate.format(date))\"")
        }
    }

    @Test(arguments: [
        ("plain /path ünïcødé 😀", #""plain /path ünïcødé 😀""#),
        ("quote \" backslash \\ end", #""quote \" backslash \\ end""#),
        ("line\nreturn\rtab\tbell\u{7}", #""line\nreturn\rtab\tbell\u0007""#),
        ("", #""""#),
    ])
    func stringsAreEscapedAsBefore(text: String, json: String) {
        #expect(JSONValue.string(text).serialized == json)
    }

    @Test func nestingAndCommas() {
        let document = JSONValue.object([
            ("a", .array([.int(1), .object([]), .array([]), .array([.null, .bool(true)])])), ("b", .null),
            ("c", .object([("d", .raw("[1,2]")), ("e", .string(orNull: nil))])), ("f", .bool(false)),
        ])
        #expect(document.serialized == #"{"a":[1,{},[],[null,true]],"b":null,"c":{"d":[1,2],"e":null},"f":false}"#)
    }

    @Test func aStringWrittenInPartsIsTheJoinedString() {
        var writer = JSONWriter()
        writer.array { writer in
            writer.string("http://h", "/v1/Services/", "Z\"S", "\n")
            writer.string("")
        }
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"["http://h/v1/Services/Z\"S\n",""]"#)
    }

    @Test func pageTokenBase64URLIsFoundationsWithoutPadding() {
        var generator = SplitMix64(state: 7)
        for count in 0..<40 {
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let foundation = Data(bytes).base64EncodedString()
                .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "=", with: "")
            #expect(PageTokenSealer.base64URL(bytes) == foundation)
        }
    }
}
