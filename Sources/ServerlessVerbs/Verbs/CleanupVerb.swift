import BuildScript

/// `cleanup [service=…] [keep=5] [prune=true]`: deletes the builds no environment runs beyond the
/// newest `keep=` per service, after a plan and one question; the steps are in
/// `Workflows/CleanupWorkflow.swift`.
enum CleanupVerb: VerbDefinition {
    /// The arguments, typed.
    struct Request: Sendable {
        /// Only this service (else the one in use, else every service).
        var service: Value?
        /// How many of the newest builds to keep per service.
        var keep: Int
        /// Whether functions and assets no remaining build references go too.
        var prune: Bool

        init(_ arguments: Arguments) {
            service = arguments["service"]
            keep = arguments.integer("keep") ?? 5
            prune = arguments.bool("prune") ?? false
        }
    }

    static func verbs(session: VerbSession) -> [Verb] {
        [
            Verb(
                "cleanup",
                summary: "Delete the builds no environment runs beyond the newest keep= per service (prune=true: unused functions and assets too), after a plan and one question.",
                parameters: [
                    .named("service", .reference, doc: "Only this service (default: `use service`, else every service)."),
                    .named("keep", .integer, doc: "How many of the newest builds to keep per service (default 5; same-second ties are all kept).", example: "5"),
                    .named("prune", .bool, doc: "Also delete functions and assets that no remaining build references."),
                ],
                example: examples.first(for: nil),
                isDestructive: true
            ) { arguments, call in
                try await session.cleanup(Request(arguments), call)
            }
        ]
    }

    static let examples = [
        VerbExample("cleanup service=demo keep=3 prune=true"),
        VerbExample("cleanup keep=0"),
    ]
}
