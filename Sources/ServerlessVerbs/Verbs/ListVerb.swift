import BuildScript

/// `list NOUNS [parent] [page_size=N] [limit=N]`: a lazy stream of records, fetched page by page
/// only as far as the script reads it.
enum ListVerb: VerbDefinition {
    static func verbs(session: VerbSession) -> [Verb] {
        ResourceVerbs.verbs(.list, examples: examples, session: session)
    }

    static let examples = VerbExample.lines(
        """
        list services | select sid, unique_name
        list functions
        list function versions $hello | first 3
        list assets
        list asset versions $logo
        list builds | where status == "completed" | select sid, runtime, date_created
        list environments
        list deployments production
        list variables production
        list logs production start_date=(now() - 1h) | first 20
        """)
}
