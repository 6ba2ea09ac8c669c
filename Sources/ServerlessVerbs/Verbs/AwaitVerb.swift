import BuildScript

/// `await BUILD|BUILDS [timeout=DURATION] [allow_failed=true] [service=…]`: waits until builds
/// finish, with a spinner on a terminal; a failed build is an error unless `allow_failed=true`.
/// The waiting is in `Session/VerbSession+Await.swift`.
enum AwaitVerb: SingleVerbDefinition {
    static let builds = TypedParameter.required(
        "builds", .any, positional: true, doc: "A build (SID or record), or a list or stream of them.")
    static let timeout = TypedParameter.duration("timeout", doc: "Give up after this long (default 10m).", example: "5m")
    static let allowFailed = TypedParameter.flag("allow_failed", doc: "Return failed builds instead of failing the script.")
    static let service = TypedParameter.value("service", doc: "The service of builds given as SIDs (default: `use service`).")

    static let name = "await"
    static let summary = "Wait until builds are completed or failed; returns the final build record(s)."
    static let parameters = [builds.declaration, timeout.declaration, allowFailed.declaration, service.declaration]

    static func run(_ arguments: Arguments, _ call: CallContext, session: VerbSession) async throws -> Value {
        // A timeout becomes whole nanoseconds later: finite, not negative, bounded (an error naming it, never a trap).
        if let seconds = arguments[timeout] { _ = try WholeNumber.seconds(seconds, naming: "timeout") }
        return try await session.awaitBuilds(arguments)
    }

    static let examples = VerbExample.lines(
        """
        let b3 = await (create build functions=[$v1] runtime=node22) timeout=5m
        await (list builds | where status == "building")
        """)
}
