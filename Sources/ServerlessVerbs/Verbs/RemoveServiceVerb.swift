import BuildScript

/// `remove service NAME`: deletes a service with everything in it, after showing what it holds and
/// asking once; the steps are in `Workflows/RemoveServiceWorkflow.swift`.
enum RemoveServiceVerb: SingleVerbDefinition {
    static let service = TypedParameter.required("service", positional: true, doc: "The service: SID, unique name or record.")

    static let name = "remove"
    static let noun: Noun? = Noun("service")
    static let summary = "Delete a service with everything in it (environments, builds, functions, assets), after showing what it holds and asking once."
    static let parameters = [service.declaration]
    static let isDestructive = true

    static func run(_ arguments: Arguments, _ call: CallContext, session: VerbSession) async throws -> Value {
        try await session.removeService(arguments[service], call)
    }

    static let examples = VerbExample.lines("remove service demo")
}
