import BuildScript

/// `delete` for the nouns the API cannot delete (deployments, logs, function and asset versions):
/// registered so that a cleanup script trying one gets a clear answer naming what the noun
/// supports, rather than "unknown noun". (Other missing verbs, such as `update build`, get the
/// language's "unknown noun" error listing the nouns the verb has.) Safe mode removes them with
/// every other `delete`.
enum UnsupportedVerbs {
    static func all() -> [Verb] {
        NounTable.all.filter { $0.operations[.list] != nil && $0.operations[.delete] == nil }.map { noun in
            verb(.delete, noun)
        }
    }

    static func verb(_ action: NounAction, _ noun: ResourceNoun) -> Verb {
        let error = ServerlessVerbError.unsupported(
            action: action.rawValue, noun: noun.name, supported: noun.actions.map(\.rawValue))
        return Verb(
            action.rawValue, noun: BuildScript.Noun(noun.name, plural: noun.plural),
            summary: "Not offered by the Serverless API: \(error.description).",
            parameters: [.variadic("arguments")],
            // A delete like the others: safe mode hides it, and its help with it.
            isDestructive: true,
            acceptsOtherNamedArguments: true
        ) { _, _ in
            throw error.scriptError
        }
    }
}
