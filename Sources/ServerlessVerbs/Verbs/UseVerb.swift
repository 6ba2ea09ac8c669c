import BuildScript

/// `use service NAME`, `use environment NAME` (set the context later commands use) and `use`
/// (show it). `use service` / `use environment` without a name clear it. The lookups are in
/// `Session/VerbSession+Use.swift`.
enum UseVerb: VerbDefinition {
    static let service = TypedParameter.value("service", positional: true, doc: "SID, unique name or record; none clears it.")
    static let environment = TypedParameter.value(
        "environment", positional: true, doc: "SID, domain suffix, unique name or record; none clears it.")
    static let environmentService = TypedParameter.value(
        "service", doc: "Its service (default: the one in use); also becomes the one in use.")

    static func verbs(session: VerbSession) -> [Verb] {
        [
            Verb("use", summary: "Show the service and environment in use.", example: examples.first?.code) { _, _ in
                session.currentContext
            },
            Verb(
                "use", noun: Noun("service"), summary: "Act inside this service from now on (service= still overrides it).",
                parameters: [service.declaration], example: examples.first("use", .service)
            ) { arguments, _ in
                try await session.useService(arguments[service])
            },
            Verb(
                "use", noun: Noun("environment"), summary: "Act inside this environment of the current service from now on.",
                parameters: [environment.declaration, environmentService.declaration], example: examples.first("use", .environment)
            ) { arguments, _ in
                try await session.useEnvironment(arguments[environment], service: arguments[environmentService])
            },
        ]
    }

    static let examples = VerbExample.lines(
        """
        use
        use service demo
        use environment production
        use service
        """)
}
