import ArgumentParser
import BuildScript

/// A duration given on the command line (`--build-time 300ms`), read with the language's own
/// grammar, so a flag takes exactly what a script's literal does: `1.5s`, `2m`, `1h30m`, `7d`.
enum DurationFlag {
    /// The duration in `text`, or a usage error naming `flag`.
    static func parse(_ text: String, flag: String) throws -> Duration {
        guard let seconds = DurationLiteral.seconds(in: text), seconds <= Double(Int64.max / 1_000_000_000) else {
            throw ValidationError("\(flag) expects a duration such as 300ms, 1.5s, 2m or 1h30m, got '\(text)'")
        }
        return .nanoseconds(Int64((seconds * 1_000_000_000).rounded()))
    }
}
