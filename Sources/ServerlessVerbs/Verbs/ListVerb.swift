import BuildScript

/// `list NOUNS [parent] [page_size=N] [limit=N]`: a lazy stream of records, fetched page by page
/// only as far as the script reads it.
enum ListVerb: VerbDefinition {
    static func verbs(session: VerbSession) -> [Verb] {
        ResourceVerbs.verbs(.list, examples: examples, session: session)
    }

    static let examples = [
        VerbExample(.service, "list services | select sid, unique_name"),
        VerbExample(.function, "list functions"),
        VerbExample(.functionVersion, "list function versions $hello | first 3"),
        VerbExample(.asset, "list assets"),
        VerbExample(.assetVersion, "list asset versions $logo"),
        VerbExample(.build, #"list builds | where status == "completed" | select sid, runtime, date_created"#),
        VerbExample(.environment, "list environments"),
        VerbExample(.deployment, "list deployments production"),
        VerbExample(.variable, "list variables production"),
        VerbExample(.log, "list logs production start_date=(now() - 1h) | first 20"),
    ]
}
