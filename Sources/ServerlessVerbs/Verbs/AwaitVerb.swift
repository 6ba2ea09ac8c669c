import BuildScript

/// `await BUILD|BUILDS [timeout=DURATION] [allow_failed=true] [service=…]`: waits until builds
/// finish, with a spinner on a terminal; a failed build is an error unless `allow_failed=true`.
enum AwaitVerb {
    static func verb(session: VerbSession) -> Verb {
        Verb(
            "await",
            summary: "Wait until builds are completed or failed; returns the final build record(s).",
            parameters: [
                .positional("builds", .any, doc: "A build (SID or record), or a list or stream of them."),
                .named("timeout", .duration, doc: "Give up after this long (default 10m).", example: "5m"),
                .named("allow_failed", .bool, doc: "Return failed builds instead of failing the script."),
                .named("service", .reference, doc: "The service of builds given as SIDs (default: `use service`)."),
            ],
            example: "let b = await (create build functions=[$v1] runtime=node22) timeout=5m"
        ) { arguments, _ in
            // A timeout becomes whole nanoseconds later: finite, not negative, bounded (an error naming it, never a trap).
            if let timeout = arguments.duration("timeout") { _ = try WholeNumber.seconds(timeout, naming: "timeout") }
            do {
                return try await session.awaitBuilds(arguments)
            } catch let error as ServerlessVerbError {
                throw error.scriptError
            }
        }
    }
}
