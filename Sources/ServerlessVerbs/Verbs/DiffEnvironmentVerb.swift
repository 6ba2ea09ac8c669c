import BuildScript

/// `diff environment A B [service=…]`: what differs between two environments, read from A to B
/// (the view before `promote`); compared in `Workflows/Overview/EnvironmentDiff.swift`.
enum DiffEnvironmentVerb: SingleVerbDefinition {
    static let first = TypedParameter.required(
        "first", positional: true, doc: "The environment read from: domain suffix, unique name, SID or record.", example: "production")
    static let second = TypedParameter.required(
        "second", positional: true, doc: "The environment read to (`added`: only it has it).", example: "stage")
    static let service = TypedParameter.value("service", doc: "The service (default: `use service`).")

    static let name = "diff"
    static let noun: Noun? = Noun("environment")
    static let summary = "What differs between two environments: build, runtime, functions, assets, dependencies, variable keys (values hidden)."
    static let parameters = [first.declaration, second.declaration, service.declaration]

    static func run(_ arguments: Arguments, _ call: CallContext, session: VerbSession) async throws -> Value {
        try await session.diffEnvironments(arguments[first], arguments[second], service: arguments[service])
    }

    static let examples = VerbExample.lines(
        """
        diff environment production (create environment unique_name=stage domain_suffix=stage)
        diff environment prod (create environment unique_name=dev domain_suffix=dev) | where what == "variable"
        """)
}
