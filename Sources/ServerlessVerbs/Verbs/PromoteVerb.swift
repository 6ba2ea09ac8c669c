import BuildScript

/// `promote from=ENV to=ENV [service=…] [create=true]`: deploys the build one environment runs to
/// another; the steps are in `Workflows/PromoteWorkflow.swift`.
enum PromoteVerb: VerbDefinition {
    /// The arguments, typed.
    struct Request: Sendable {
        /// The environment whose build is promoted.
        var from: Value
        /// The environment it is deployed to.
        var to: Value
        /// The service, when not the one in use.
        var service: Value?
        /// Whether to create the target when it does not exist.
        var create: Bool

        init(_ arguments: Arguments) {
            from = arguments["from"] ?? .null
            to = arguments["to"] ?? .null
            service = arguments["service"]
            create = arguments.bool("create") ?? false
        }
    }

    static func verbs(session: VerbSession) -> [Verb] {
        [
            Verb(
                "promote",
                summary: "Deploy the build one environment runs to another (already live there: said, not an error).",
                parameters: [
                    .named("from", .reference, required: true, doc: "The environment whose build is promoted: unique name, SID or record.", example: "dev"),
                    .named("to", .reference, required: true, doc: "The environment it is deployed to.", example: "production"),
                    .named("service", .reference, doc: "The service (default: `use service`)."),
                    .named("create", .bool, doc: "Create the target environment when it does not exist."),
                ],
                example: examples.first(for: nil)
            ) { arguments, call in
                try await session.promote(Request(arguments), call)
            }
        ]
    }

    static let examples = [
        VerbExample("promote from=production to=stage create=true"),
        VerbExample("promote from=production to=stage create=true service=demo"),
    ]
}
