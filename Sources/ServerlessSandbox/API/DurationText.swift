import Foundation

/// Parses and writes short durations such as `300ms`, `1.5s`, `0s` and `2m`.
public enum DurationText {
    /// Why a duration text was rejected.
    public struct ParseError: Error, Equatable, Sendable {
        /// The text that could not be read.
        public var text: String

        /// Makes the error for this text.
        public init(text: String) {
            self.text = text
        }
    }

    /// Reads `<number><unit>` with unit `ms`, `s`, `m` or `h`; the number may have a fraction.
    /// A bare `0` is accepted too. Negative values are rejected.
    public static func parse(_ text: String) throws(ParseError) -> Duration {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "0" { return .zero }
        let units: [(suffix: String, milliseconds: Double)] = [("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000)]
        for unit in units where trimmed.hasSuffix(unit.suffix) {
            let number = trimmed.dropLast(unit.suffix.count)
            guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
                  let value = Double(number), value.isFinite
            else { break }
            let milliseconds = value * unit.milliseconds
            guard milliseconds <= Double(Int64.max / 1_000_000) else { break }
            return .nanoseconds(Int64((milliseconds * 1_000_000).rounded()))
        }
        throw ParseError(text: text)
    }

    /// Writes a duration the way `parse` reads it: `0s`, `300ms`, `1.5s`.
    public static func format(_ duration: Duration) -> String {
        let milliseconds = duration.milliseconds
        if milliseconds == 0 { return "0s" }
        if milliseconds % 1000 != 0 { return milliseconds < 1000 ? "\(milliseconds)ms" : "\(Double(milliseconds) / 1000)s" }
        return "\(milliseconds / 1000)s"
    }
}

extension Duration {
    /// The whole milliseconds in this duration.
    var milliseconds: Int64 {
        let parts = components
        return parts.seconds * 1000 + parts.attoseconds / 1_000_000_000_000_000
    }
}
