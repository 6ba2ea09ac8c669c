import BuildScript

/// `cleanup [service=…] [keep=5] [prune=true]`: deletes the builds no environment runs beyond the
/// newest `keep=` per service, after a plan and one question; the steps are in
/// `Workflows/CleanupWorkflow.swift`.
enum CleanupVerb: SingleVerbDefinition {
    static let service = TypedParameter.value("service", doc: "Only this service (default: `use service`, else every service).")
    static let keep = TypedParameter.integer(
        "keep", standard: 5, doc: "How many of the newest builds to keep per service (default 5; same-second ties are all kept).")
    static let prune = TypedParameter.flag("prune", doc: "Also delete functions and assets that no remaining build references.")

    static let name = "cleanup"
    static let summary = "Delete the builds no environment runs beyond the newest keep= per service (prune=true: unused functions and assets too), after a plan and one question."
    static let parameters = [service.declaration, keep.declaration, prune.declaration]
    static let isDestructive = true

    static func run(_ arguments: Arguments, _ call: CallContext, session: VerbSession) async throws -> Value {
        try await session.cleanup(arguments, call)
    }

    static let examples = VerbExample.lines(
        """
        cleanup service=demo keep=3 prune=true
        cleanup keep=0
        """)
}
