import BuildScript

/// `tail logs [environment=…] [function=…] [since=5m] [for=DURATION]`: prints an environment's new
/// log lines as they arrive; the steps are in `Workflows/TailLogsWorkflow.swift`.
enum TailLogsVerb: VerbDefinition {
    /// How often `tail logs` polls (one request a second, as twilio-cli does).
    static let interval: Duration = .seconds(1)

    /// The arguments, typed.
    struct Request: Sendable {
        /// The environment (else the one in use).
        var environment: Value?
        /// Only this function's lines.
        var function: Value?
        /// How far back to start, in seconds.
        var since: Double
        /// When to stop, in seconds (`nil`: at Ctrl-C).
        var limit: Double?
        /// The service, when not the one in use.
        var service: Value?

        init(_ arguments: Arguments) {
            environment = arguments["environment"]
            function = arguments["function"]
            since = arguments.duration("since") ?? 300
            limit = arguments.duration("for")
            service = arguments["service"]
        }
    }

    static func verbs(session: VerbSession) -> [Verb] {
        [verb(session: session, interval: interval)]
    }

    /// `tail logs`, polling every `interval` (tests pass a short one).
    static func verb(session: VerbSession, interval: Duration) -> Verb {
        Verb(
            "tail", noun: Noun("log"),
            summary: "Print an environment's new log lines as they arrive (one poll a second) until for= ends or Ctrl-C.",
            parameters: [
                .named("environment", .reference, doc: "The environment (default: `use environment`)."),
                .named("function", .reference, doc: "Only this function's lines: SID, record or friendly name."),
                .named("since", .duration, doc: "Start with the lines of this long ago (default 5m).", example: "5m"),
                .named("for", .duration, doc: "Stop after this long (default: until Ctrl-C).", example: "30s"),
                .named("service", .reference, doc: "The service (default: `use service`)."),
            ],
            example: examples.first(for: .log)
        ) { arguments, call in
            try await session.tailLogs(Request(arguments), call, interval: interval)
        }
    }

    static let examples = [
        VerbExample(.log, "tail logs environment=production since=10m for=1s"),
        VerbExample(.log, "tail logs environment=production function=hello for=1s"),
    ]
}
