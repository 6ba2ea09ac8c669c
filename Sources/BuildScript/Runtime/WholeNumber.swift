/// The one rule for turning a BuildScript number (a double) into a whole number: list and string
/// indexes, counts, range bounds, exit codes, timeouts and sleeps all go through here, so `nan`,
/// `inf`, fractions and numbers too large for the machine are errors that name the argument
/// instead of crashes.
public enum WholeNumber {
    /// The largest magnitude a double holds exactly as a whole number (2^53).
    public static let exactBound = 9_007_199_254_740_992

    /// `value` as an `Int` when it is finite, whole and inside `bounds`; otherwise an error naming
    /// the argument (`exit code must be from 0 to 255, not 256`).
    public static func convert(
        _ value: Double, naming name: String, in bounds: ClosedRange<Int> = -exactBound...exactBound
    ) throws(VerbError) -> Int {
        guard value.isFinite else { throw VerbError("\(name) must be a finite number, not \(Value.format(number: value))") }
        guard value == value.rounded() else { throw VerbError("\(name) must be a whole number, not \(Value.format(number: value))") }
        guard value >= Double(bounds.lowerBound), value <= Double(bounds.upperBound), let whole = Int(exactly: value),
            bounds.contains(whole)
        else {
            throw VerbError("\(name) must be from \(bounds.lowerBound) to \(bounds.upperBound), not \(Value.format(number: value))")
        }
        return whole
    }

    /// `value` as an `Int64` when it is whole and in range: what `Int64(exactly:)` answers, without
    /// its call to `trunc` (hot arithmetic and number formatting use it).
    @inline(__always)
    static func int64(_ value: Double) -> Int64? {
        guard value >= -9_223_372_036_854_775_808.0, value < 9_223_372_036_854_775_808.0 else { return nil }
        let whole = Int64(value)
        return Double(whole) == value ? whole : nil
    }

    /// `value` as an `Int` when it is finite, whole and inside `bounds`, else `nil` (for callers that
    /// phrase their own message).
    public static func exactly(_ value: Double, in bounds: ClosedRange<Int> = -exactBound...exactBound) -> Int? {
        try? convert(value, naming: "", in: bounds)
    }

    /// A number of seconds to wait (a timeout or a sleep): finite and not negative, at most `maximum`.
    public static func seconds(_ value: Double, naming name: String, maximum: Double = 1e7) throws(VerbError) -> Double {
        guard value.isFinite else { throw VerbError("\(name) must be a finite duration, not \(Value.format(number: value))s") }
        guard value >= 0 else { throw VerbError("\(name) cannot be negative (\(Value.format(duration: value)))") }
        guard value <= maximum else { throw VerbError("\(name) is too long (at most \(Value.format(duration: maximum)))") }
        return value
    }

    /// The item at `position` (0-based) of `range(from, to, step)`: computed from its position, so a
    /// step too small to change a large start still moves.
    @inline(__always)
    static func rangeItem(_ position: Int, from: Double, step: Double) -> Double {
        from + Double(position) * step
    }

    /// How many items `range(from, to, step)` yields: an error naming the bound that is not finite,
    /// a zero step, or a count past `limit`.
    public static func rangeCount(from: Double, to: Double, step: Double, limit: Int = exactBound) throws(VerbError) -> Int {
        for (name, value) in [("range start", from), ("range end", to), ("range step", step)] where !value.isFinite {
            throw VerbError("\(name) must be a finite number, not \(Value.format(number: value))")
        }
        guard step != 0 else { throw VerbError("range step cannot be 0") }
        let span = ((to - from) / step).rounded(.up)
        guard span > 0 else { return 0 }
        guard span.isFinite, span <= Double(limit) else {
            throw VerbError("range is too large (\(Value.format(number: span)) items; at most \(limit))")
        }
        return Int(span)
    }
}
