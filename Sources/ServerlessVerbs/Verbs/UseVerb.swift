import BuildScript

/// `use service NAME`, `use environment NAME` (set the context later commands use) and `use`
/// (show it). `use service` / `use environment` without a name clear it. The lookups are in
/// `Session/VerbSession+Use.swift`.
enum UseVerb: VerbDefinition {
    static func verbs(session: VerbSession) -> [Verb] {
        [
            Verb(
                "use", summary: "Show the service and environment in use.",
                example: examples.first(for: nil)
            ) { _, _ in
                session.currentContext
            },
            Verb(
                "use", noun: Noun("service"),
                summary: "Act inside this service from now on (service= still overrides it).",
                parameters: [.positional("service", .reference, required: false, doc: "SID, unique name or record; none clears it.")],
                example: examples.first(for: .service)
            ) { arguments, _ in
                try await session.useService(arguments["service"])
            },
            Verb(
                "use", noun: Noun("environment"),
                summary: "Act inside this environment of the current service from now on.",
                parameters: [
                    .positional("environment", .reference, required: false, doc: "SID, unique name or record; none clears it."),
                    .named("service", .reference, doc: "Its service (default: the one in use); also becomes the one in use."),
                ],
                example: examples.first(for: .environment)
            ) { arguments, _ in
                try await session.useEnvironment(arguments["environment"], service: arguments["service"])
            },
        ]
    }

    static let examples = [
        VerbExample("use"),
        VerbExample(.service, "use service demo"),
        VerbExample(.environment, "use environment production"),
        VerbExample(.service, "use service"),
    ]
}
