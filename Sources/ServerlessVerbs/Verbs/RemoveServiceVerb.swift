import BuildScript

/// `remove service NAME`: deletes a service with everything in it, after showing what it holds and
/// asking once; the steps are in `Workflows/RemoveServiceWorkflow.swift`.
enum RemoveServiceVerb: VerbDefinition {
    static func verbs(session: VerbSession) -> [Verb] {
        [
            Verb(
                "remove", noun: Noun("service"),
                summary: "Delete a service with everything in it (environments, builds, functions, assets), after showing what it holds and asking once.",
                parameters: [.positional("service", .reference, doc: "The service: SID, unique name or record.")],
                example: examples.first(for: .service),
                isDestructive: true
            ) { arguments, call in
                try await session.removeService(arguments["service"] ?? .null, call)
            }
        ]
    }

    static let examples = [VerbExample(.service, "remove service demo")]
}
