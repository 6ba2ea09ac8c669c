import BuildScript

/// `await BUILD|BUILDS [timeout=DURATION] [allow_failed=true] [service=…]`: waits until builds
/// finish, with a spinner on a terminal; a failed build is an error unless `allow_failed=true`.
/// The waiting is in `Session/VerbSession+Await.swift`.
enum AwaitVerb: VerbDefinition {
    /// The arguments, typed.
    struct Request: Sendable {
        /// A build (SID or record), or a list or stream of them.
        var builds: Value
        /// How long to wait, in seconds (`nil`: the session's default).
        var timeout: Double?
        /// Whether failed builds are returned rather than raised.
        var allowFailed: Bool
        /// The service of builds given as SIDs, when not the one in use.
        var service: Value?

        init(_ arguments: Arguments) throws {
            builds = arguments["builds"] ?? .null
            timeout = arguments.duration("timeout")
            // A timeout becomes whole nanoseconds later: finite, not negative, bounded (an error naming it, never a trap).
            if let timeout { _ = try WholeNumber.seconds(timeout, naming: "timeout") }
            allowFailed = arguments.bool("allow_failed") ?? false
            service = arguments["service"]
        }
    }

    static func verbs(session: VerbSession) -> [Verb] {
        [
            Verb(
                "await",
                summary: "Wait until builds are completed or failed; returns the final build record(s).",
                parameters: [
                    .positional("builds", .any, doc: "A build (SID or record), or a list or stream of them."),
                    .named("timeout", .duration, doc: "Give up after this long (default 10m).", example: "5m"),
                    .named("allow_failed", .bool, doc: "Return failed builds instead of failing the script."),
                    .named("service", .reference, doc: "The service of builds given as SIDs (default: `use service`)."),
                ],
                example: examples.first(for: nil)
            ) { arguments, _ in
                try await session.awaitBuilds(Request(arguments))
            }
        ]
    }

    static let examples = [
        VerbExample("let b3 = await (create build functions=[$v1] runtime=node22) timeout=5m"),
        VerbExample(#"await (list builds | where status == "building")"#),
    ]
}
