import Foundation

/// `now`, `time`, `duration`, `seconds`.
enum TimeLibrary {
    static let verbs: [Verb] = [
        Verb("now", summary: "The current time.", example: "now() - 7d", isPure: true) { _, _ in .time(Date()) },
        StandardLibraries.function(
            "time", "Reads an ISO 8601 time (or a number of seconds since 1970).", [.positional("value")],
            example: "time(\"2026-11-29T01:00:00Z\")"
        ) { arguments in
            switch arguments["value"] ?? .null {
            case .time(let t): return .time(t)
            case .number(let n): return .time(try TimeRange.checked(n))
            case .string(let s):
                guard let t = Value.parseTime(s) else { throw VerbError("'\(s)' is not an ISO 8601 time (like 2026-11-29T01:00:00Z)") }
                return .time(t)
            case let other: throw VerbError("cannot turn \(other.typeName) into a time")
            }
        },
        StandardLibraries.function(
            "duration", "Reads a duration (`90s`, `1h30m`) or a number of seconds.", [.positional("value", .duration)],
            example: "duration(\"1h30m\")"
        ) { arguments in arguments["value"] ?? .null },
        StandardLibraries.function(
            "seconds", "A duration as a number of seconds.", [.positional("duration", .duration)], example: "seconds(2m)"
        ) { arguments in .number(arguments.duration("duration") ?? 0) },
    ]
}
