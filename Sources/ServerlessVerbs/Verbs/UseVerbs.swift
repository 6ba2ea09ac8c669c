import BuildScript

/// `use service NAME`, `use environment NAME` (set the context later commands use) and `use`
/// (show it). `use service` / `use environment` without a name clear it.
enum UseVerbs {
    static func all(session: VerbSession) -> [Verb] {
        [
            Verb(
                "use", summary: "Show the service and environment in use.",
                example: "use"
            ) { _, _ in
                session.currentContext
            },
            Verb(
                "use", noun: BuildScript.Noun("service"),
                summary: "Act inside this service from now on (service= still overrides it).",
                parameters: [.positional("service", .reference, required: false, doc: "SID, unique name or record; none clears it.")],
                example: "use service demo"
            ) { arguments, _ in
                try await session.useService(arguments["service"])
            },
            Verb(
                "use", noun: BuildScript.Noun("environment"),
                summary: "Act inside this environment of the current service from now on.",
                parameters: [
                    .positional("environment", .reference, required: false, doc: "SID, domain suffix, unique name or record; none clears it."),
                    .named("service", .reference, doc: "Its service (default: the one in use); also becomes the one in use."),
                ],
                example: "use environment production"
            ) { arguments, _ in
                try await session.useEnvironment(arguments["environment"], service: arguments["service"])
            },
        ]
    }
}
