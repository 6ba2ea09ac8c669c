import BuildScript

/// `explain build ZB… [service=…]`: a build's status, runtime, dependencies, versions, the
/// environments running it, why it failed, and what changed from the previous build; gathered in
/// `Workflows/Overview/BuildExplanation.swift`.
enum ExplainBuildVerb: SingleVerbDefinition {
    static let build = TypedParameter.required("sid", positional: true, doc: "The build: SID or record.", example: "ZB…")
    static let service = TypedParameter.value("service", doc: "The service (default: the record's, else `use service`).")

    static let name = "explain"
    static let noun: Noun? = Noun("build")
    static let summary = "A build in full: status, runtime, dependencies, versions, where it runs, why it failed, what changed from the one before."
    static let parameters = [build.declaration, service.declaration]

    static func run(_ arguments: Arguments, _ call: CallContext, session: VerbSession) async throws -> Value {
        try await session.explainBuild(arguments[build], service: arguments[service])
    }

    static let examples = VerbExample.lines(
        """
        explain build $b
        (explain build $b).changes
        """)
}
