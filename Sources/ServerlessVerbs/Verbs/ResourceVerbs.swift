import BuildScript
import ServerlessClient

/// The shape `create`, `list`, `fetch`, `update` and `delete` share (each in its own file,
/// `CreateVerb.swift` …): one registered verb per noun of the ``NounTable`` whose API has the
/// operation, with parameters taken from the table and one body, ``VerbSession/run(_:_:_:_:)``.
enum ResourceVerbs {
    /// `action` for every noun that has it, e.g. `create build`, `create service`, …, each showing
    /// its noun's first example.
    static func verbs(_ action: NounAction, examples: [VerbExample], session: VerbSession) -> [Verb] {
        let examples = examples.firstByNoun(action.rawValue)
        return NounTable.nouns(supporting: action).map { noun in
            Verb(
                action.rawValue, noun: BuildScript.Noun(noun.name, plural: noun.plural),
                summary: noun.operations[action]?.summary ?? "",
                parameters: parameters(action, noun),
                example: examples[noun.kind],
                isDestructive: action.isDestructive
            ) { arguments, call in
                try await session.run(action, noun, arguments, call)
            }
        }
    }

    /// The name of the positional resource argument of fetch, update and delete (`build`,
    /// `function_version`), or of the parent of create and list (`function`).
    static func subjectName(_ action: NounAction, _ noun: ResourceNoun) -> String? {
        switch action {
        case .fetch, .update, .delete:
            return noun.kind == .buildStatus ? "build" : noun.name.underscoringSpaces
        case .create, .list:
            return noun.parent?.rawValue
        }
    }

    /// The parameter list: the positional subject, the operation's parameters (with their aliases),
    /// then the parents not already positional.
    static func parameters(_ action: NounAction, _ noun: ResourceNoun) -> [Parameter] {
        var list: [Parameter] = []
        let subject = subjectName(action, noun)
        if let subject {
            let doc = if action.takesTarget {
                "The \(noun.name): SID, record\(noun.acceptsName ? " or unique name" : "")."
            } else {
                "The \(subject) the \(noun.name) belongs to: \(noun.parent.map(parentForms) ?? "SID or record")."
            }
            list.append(.positional(subject, .reference, required: action.takesTarget, doc: doc))
        }
        for parameter in noun.operations[action]?.parameters ?? [] {
            list.append(
                .named(
                    parameter.name, parameter.type.scriptType, required: parameter.isRequired, doc: parameter.summary,
                    aliases: parameter.aliases, sensitive: parameter.isSensitive))
        }
        for scope in noun.scope where scope.rawValue != subject {
            list.append(.named(scope.rawValue, .reference, doc: "The \(scope.rawValue): \(parentForms(scope))."))
        }
        return list
    }

    /// How a parent may be given: services and environments also by name, and by `use` beforehand.
    private static func parentForms(_ parent: NounScope) -> String {
        parent.isSetByUse ? "SID, record or name (default: `use \(parent.rawValue)`)" : "SID or record"
    }
}

extension ResourceNoun {
    /// Whether a unique name may stand for the resource (services by the API, environments by lookup).
    var acceptsName: Bool { kind == .service || kind == .environment }
}

extension NounParameterType {
    /// The language's type for checking and completion.
    var scriptType: ParameterType {
        switch self {
        case .string, .content: .string
        case .boolean: .bool
        case .integer: .integer
        case .dateTime: .time
        case .sid(let prefix): .host(HostType(SIDParameterType(prefix: prefix, isList: false)))
        case .sidList(let prefix): .host(HostType(SIDParameterType(prefix: prefix, isList: true)))
        case .stringList: .list
        case .choice(let words): .oneOf(words)
        case .dependencies: .data(placeholder: placeholder)
        }
    }
}
