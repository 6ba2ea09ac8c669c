import BuildScript

/// `update NOUN SID|NAME|RECORD name=value...`: one POST to the resource, returning the new record.
enum UpdateVerb: VerbDefinition {
    static func verbs(session: VerbSession) -> [Verb] {
        ResourceVerbs.verbs(.update, examples: examples, session: session)
    }

    static let examples = VerbExample.lines(
        """
        update service demo friendly_name="Demo (old)"
        update function $hello friendly_name=greeting
        update asset $logo friendly_name=banner
        update variable $var value=hi
        """)
}
