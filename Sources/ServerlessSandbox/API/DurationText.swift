import Foundation

/// Writes short durations such as `300ms`, `1.5s` and `2m`, as the language writes literals
/// (`buildsh` reads duration flags with the language's own grammar).
public enum DurationText {
    /// Writes a duration as a literal: `0s`, `300ms`, `1.5s`.
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
