import BuildScript

/// `delete NOUN SID|NAME|RECORD`: one DELETE. Destructive: hidden in safe mode, confirmed before a
/// loop deletes many, only reported in a dry run. Also registered for the nouns the API cannot
/// delete (deployments, logs, versions), so that a cleanup script trying one is told what the noun
/// supports rather than "unknown noun".
enum DeleteVerb: VerbDefinition {
    static func verbs(session: VerbSession) -> [Verb] {
        ResourceVerbs.verbs(.delete, examples: examples, session: session) + unsupported()
    }

    static let examples = VerbExample.lines(
        """
        delete service demo
        delete function (create function friendly_name=scratch)
        delete asset (create asset friendly_name=scratch)
        delete build (create build functions=[$v1] runtime=node22)
        delete environment (create environment unique_name=scratch domain_suffix=scratch)
        delete variable $var
        """)

    /// `delete` for the listable nouns without a delete operation: a call fails naming what the
    /// noun supports. Destructive like the others, so safe mode removes them with every `delete`.
    private static func unsupported() -> [Verb] {
        NounTable.nouns(supporting: .list).filter { $0.operations[.delete] == nil }.map { noun in
            let error = ServerlessVerbError.unsupported(.delete, noun.kind)
            var verb = Verb(
                NounAction.delete.rawValue, noun: BuildScript.Noun(noun.name, plural: noun.plural),
                summary: "Not offered by the Serverless API: \(error.description).",
                parameters: [.variadic("arguments")],
                isDestructive: true,
                acceptsOtherNamedArguments: true
            ) { _, _ in
                throw error
            }
            // `help` lists only what works.
            verb.isRefusal = true
            return verb
        }
    }
}
