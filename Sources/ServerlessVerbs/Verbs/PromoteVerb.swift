import BuildScript

/// `promote from=ENV to=ENV [service=…] [create=true]`: deploys the build one environment runs to
/// another; the steps are in `Workflows/PromoteWorkflow.swift`.
enum PromoteVerb: SingleVerbDefinition {
    static let from = TypedParameter.required(
        "from", doc: "The environment whose build is promoted: unique name, SID or record.", example: "dev")
    static let to = TypedParameter.required("to", doc: "The environment it is deployed to.", example: "production")
    static let service = TypedParameter.value("service", doc: "The service (default: `use service`).")
    static let create = TypedParameter.flag("create", doc: "Create the target environment when it does not exist.")

    static let name = "promote"
    static let summary = "Deploy the build one environment runs to another (already live there: said, not an error)."
    static let parameters = [from.declaration, to.declaration, service.declaration, create.declaration]

    static func run(_ arguments: Arguments, _ call: CallContext, session: VerbSession) async throws -> Value {
        try await session.promote(arguments, call)
    }

    static let examples = VerbExample.lines(
        """
        promote from=production to=stage create=true
        promote from=production to=stage create=true service=demo
        """)
}
