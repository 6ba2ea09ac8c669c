import BuildScript

/// `promote from=ENV to=ENV [service=…] [create=true]`: deploys the build one environment runs to
/// another; the steps are in `Workflows/PromoteWorkflow.swift`.
enum PromoteVerb: SingleVerbDefinition {
    static let from = TypedParameter.required(
        "from", doc: "The environment whose build is promoted: domain suffix, unique name, SID or record.", example: "dev")
    static let to = TypedParameter.value(
        "to", doc: "The environment it is deployed to (`production`: the one without a domain suffix).", example: "stage")
    static let production = TypedParameter.flag(
        "production", doc: "Deploy to the production environment (no domain suffix) instead of to=, as the toolkit's --production.")
    static let service = TypedParameter.value("service", doc: "The service (default: `use service`).")
    static let create = TypedParameter.flag(
        "create", doc: "Create the target environment when it does not exist (named as the serverless-toolkit names it).")
    static let copyVariables = TypedParameter.flag(
        "copy_variables",
        doc: "Also copy the source environment's variables to the target (new keys created, different values updated).")

    static let name = "promote"
    static let changesAccount = true
    static let summary = "Deploy the build one environment runs to another (already live there: said, not an error)."
    static let parameters = [
        from.declaration, to.declaration, production.declaration, service.declaration, create.declaration,
        copyVariables.declaration,
    ]

    static func run(_ arguments: Arguments, _ call: CallContext, session: VerbSession) async throws -> Value {
        try await session.promote(arguments, call)
    }

    static let examples = VerbExample.lines(
        """
        promote from=production to=stage create=true copy_variables=true
        promote from=production to=stage create=true service=demo
        """)
}
