import BuildScript

/// The workflow verbs, each doing what takes many statements otherwise: `cleanup`,
/// `remove service`, `promote` and `tail logs`. Like the resource verbs they appear in `help`,
/// complete with Tab, honour `--dry-run`, `--yes` and `-o`; `cleanup` and `remove service` are
/// destructive (hidden in safe mode).
enum WorkflowVerbs {
    /// How often `tail logs` polls (one request a second, as twilio-cli does).
    static let tailInterval: Duration = .seconds(1)

    /// Every workflow verb.
    static func all(session: VerbSession) -> [Verb] {
        [cleanup(session: session), removeService(session: session), promote(session: session),
         tailLogs(session: session, interval: tailInterval)]
    }

    /// Runs a workflow body, turning the verbs' errors into the language's.
    private static func run(_ body: () async throws -> Value) async throws -> Value {
        do {
            return try await body()
        } catch let error as ServerlessVerbError {
            throw error.scriptError
        }
    }

    static func cleanup(session: VerbSession) -> Verb {
        Verb(
            "cleanup",
            summary: "Delete the builds no environment runs beyond the newest keep= per service (prune=true: unused functions and assets too), after a plan and one question.",
            parameters: [
                .named("service", .reference, doc: "Only this service (default: `use service`, else every service)."),
                .named("keep", .integer, doc: "How many of the newest builds to keep per service (default 5; same-second ties are all kept).", example: "5"),
                .named("prune", .bool, doc: "Also delete functions and assets that no remaining build references."),
            ],
            example: "cleanup service=demo keep=3 prune=true",
            isDestructive: true
        ) { arguments, call in
            try await run { try await session.cleanup(arguments, call) }
        }
    }

    static func removeService(session: VerbSession) -> Verb {
        Verb(
            "remove", noun: Noun("service"),
            summary: "Delete a service with everything in it (environments, builds, functions, assets), after showing what it holds and asking once.",
            parameters: [.positional("service", .reference, doc: "The service: SID, unique name or record.")],
            example: "remove service demo",
            isDestructive: true
        ) { arguments, call in
            try await run { try await session.removeService(arguments, call) }
        }
    }

    static func promote(session: VerbSession) -> Verb {
        Verb(
            "promote",
            summary: "Deploy the build one environment runs to another (already live there: said, not an error).",
            parameters: [
                .named("from", .reference, required: true, doc: "The environment whose build is promoted: domain suffix, unique name, SID or record.", example: "dev"),
                .named("to", .reference, doc: "The environment it is deployed to (`production`: the one without a domain suffix).", example: "stage"),
                .named("production", .bool, doc: "Deploy to the production environment (no domain suffix) instead of to=, as the toolkit's --production."),
                .named("service", .reference, doc: "The service (default: `use service`)."),
                .named("create", .bool, doc: "Create the target environment when it does not exist (named as the serverless-toolkit names it)."),
                .named("copy_variables", .bool, doc: "Also copy the source environment's variables to the target (new keys created, different values updated)."),
            ],
            example: "promote from=dev to=stage create=true copy_variables=true"
        ) { arguments, call in
            try await run { try await session.promote(arguments, call) }
        }
    }

    /// `tail logs`, polling every `interval` (tests pass a short one).
    static func tailLogs(session: VerbSession, interval: Duration) -> Verb {
        Verb(
            "tail", noun: Noun("log"),
            summary: "Print an environment's new log lines as they arrive (one poll a second) until for= ends or Ctrl-C.",
            parameters: [
                .named("environment", .reference, doc: "The environment: domain suffix, unique name, SID or record (default: `use environment`)."),
                .named("function", .reference, doc: "Only this function's lines: SID, record or friendly name."),
                .named("since", .duration, doc: "Start with the lines of this long ago (default 5m).", example: "5m"),
                .named("for", .duration, doc: "Stop after this long (default: until Ctrl-C).", example: "30s"),
                .named("service", .reference, doc: "The service (default: `use service`)."),
            ],
            example: "tail logs environment=production since=10m"
        ) { arguments, call in
            try await run { try await session.tailLogs(arguments, call, interval: interval) }
        }
    }
}
