import BuildScript

/// Verbs the API does not offer for a noun (`delete deployment`, `update build`, `create log`):
/// registered so that trying one gets a clear answer naming what the noun supports, rather than
/// "unknown noun".
enum UnsupportedVerbs {
    static func all() -> [Verb] {
        let actions: [NounAction] = [.create, .update, .delete]
        return NounTable.all.filter { $0.operations[.list] != nil }.flatMap { noun in
            actions.filter { noun.operations[$0] == nil }.map { action in verb(action, noun) }
        }
    }

    static func verb(_ action: NounAction, _ noun: ResourceNoun) -> Verb {
        let error = ServerlessVerbError.unsupported(
            action: action.rawValue, noun: noun.name, supported: noun.actions.map(\.rawValue))
        return Verb(
            action.rawValue, noun: BuildScript.Noun(noun.name, plural: noun.plural),
            summary: "Not offered by the Serverless API: \(error.description).",
            parameters: [.variadic("arguments")],
            acceptsOtherNamedArguments: true
        ) { _, _ in
            throw error.scriptError
        }
    }
}
