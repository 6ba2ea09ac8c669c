import BuildScript

/// `status [service]`: each environment of a service with its domain, the build it runs, when it
/// was deployed, its function and asset URLs and its variable keys; gathered in
/// `Workflows/Overview/EnvironmentOverview.swift`.
enum StatusVerb: SingleVerbDefinition {
    static let service = TypedParameter.value(
        "service", positional: true, doc: "The service: SID, unique name or record (default: `use service`).", example: "demo")

    static let name = "status"
    static let summary = "Each environment of a service: domain, build, deployment date, URLs with visibility, variable keys (never values)."
    static let parameters = [service.declaration]

    static func run(_ arguments: Arguments, _ call: CallContext, session: VerbSession) async throws -> Value {
        try await session.status(arguments[service])
    }

    static let examples = VerbExample.lines(
        """
        status
        status demo | select environment, build_sid, deployed
        """)
}
