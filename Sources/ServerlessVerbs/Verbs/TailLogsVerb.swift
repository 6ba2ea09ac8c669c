import BuildScript

/// `tail logs [environment=…] [function=…] [since=5m] [for=DURATION]`: prints an environment's new
/// log lines as they arrive; the steps are in `Workflows/TailLogsWorkflow.swift`.
enum TailLogsVerb: SingleVerbDefinition {
    /// How often `tail logs` polls (one request a second, as twilio-cli does).
    static let interval: Duration = .seconds(1)

    static let environment = TypedParameter.value(
        "environment", doc: "The environment: domain suffix, unique name, SID or record (default: `use environment`).")
    static let function = TypedParameter.value("function", doc: "Only this function's lines: SID, record or friendly name.")
    static let since = TypedParameter.duration("since", doc: "Start with the lines of this long ago (default 5m).", example: "5m")
    static let limit = TypedParameter.duration("for", doc: "Stop after this long (default: until Ctrl-C).", example: "30s")
    static let service = TypedParameter.value("service", doc: "The service (default: `use service`).")

    static let name = "tail"
    static let noun: Noun? = Noun("log")
    static let summary = "Print an environment's new log lines as they arrive (one poll a second) until for= ends or Ctrl-C."
    static let parameters = [
        environment.declaration, function.declaration, since.declaration, limit.declaration, service.declaration,
    ]

    static func run(_ arguments: Arguments, _ call: CallContext, session: VerbSession) async throws -> Value {
        try await session.tailLogs(arguments, call, interval: interval)
    }

    /// `since=` and `for=` become Durations and dates: finite and bounded, or an error naming them.
    static func checkDurations(_ arguments: Arguments) throws {
        if let seconds = arguments[since] { _ = try WholeNumber.seconds(seconds, naming: "since") }
        if let seconds = arguments[limit] { _ = try WholeNumber.seconds(seconds, naming: "for") }
    }

    /// `tail logs`, polling every `interval` (tests pass a short one).
    static func verb(session: VerbSession, interval: Duration) -> Verb {
        verb { arguments, call in try await session.tailLogs(arguments, call, interval: interval) }
    }

    static let examples = VerbExample.lines(
        """
        tail logs environment=production since=10m for=1s
        tail logs environment=production function=hello for=1s
        """)
}
