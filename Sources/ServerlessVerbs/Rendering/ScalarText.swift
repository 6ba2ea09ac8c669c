import Foundation

/// How single values read in human and tab-separated output.
enum ScalarText {
    /// The text of a scalar; lists and records become compact JSON.
    static func text(_ value: PlainValue) -> String {
        switch value {
        case .null: ""
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): self.number(number)
        case .string(let string): string
        case .time(let date): time(date)
        case .duration(let seconds): duration(seconds)
        case .list, .record: JSONText.compact(value)
        }
    }

    /// `3` for integral numbers, `2.5` otherwise; `nan`/`inf` as Swift spells them.
    static func number(_ number: Double) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return String(number)
    }

    /// ISO 8601 in UTC, with milliseconds only when there are any: `2026-11-29T01:00:00Z`.
    static func time(_ date: Date) -> String {
        let hasFraction = date.timeIntervalSince1970 != date.timeIntervalSince1970.rounded(.down)
        var style = Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC") ?? .current)
        if hasFraction { style = style.time(includingFractionalSeconds: true) }
        return date.formatted(style)
    }

    /// `500ms`, `1.5s`, `2m`, `90s`, `3h`, `7d`: the largest unit that divides evenly, else seconds.
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "\(seconds)s" }
        let units: [(String, Double)] = [("d", 86_400), ("h", 3_600), ("m", 60)]
        for (suffix, size) in units where seconds >= size && seconds.truncatingRemainder(dividingBy: size) == 0 {
            return number(seconds / size) + suffix
        }
        if seconds != 0, abs(seconds) < 1 {
            return number((seconds * 1000).rounded()) + "ms"
        }
        return number((seconds * 1000).rounded() / 1000) + "s"
    }
}
