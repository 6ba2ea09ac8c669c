/// The text of ``ServerlessVerbError`` values, one line each, as a script's diagnostics show them.
extension ServerlessVerbError: CustomStringConvertible {
    /// The message without location (the language adds `file:line:col: error:`).
    public var description: String {
        switch self {
        case .unsupported(let action, let noun, let supported):
            let plural = NounTable.noun(named: noun)?.plural ?? noun
            let what = supported.isEmpty ? "nothing" : supported.joined(separator: ", ")
            let article = "aeiou".contains(noun.first ?? "x") ? "an" : "a"
            return "the Serverless API cannot \(action) \(article) \(noun) (\(plural) support: \(what))"
        case .unknownNoun(let noun, let suggestion):
            return "unknown noun '\(noun)'" + Self.didYouMean(suggestion)
        case .invalidValue(let name, let expected, let got):
            return "\(name) expects \(expected), got \(got)"
        case .missingResource(_, let noun, let usage):
            return "which \(noun)? usage: \(usage)"
        case .missingScope(let verb, let noun, let scope):
            let article = scope.first.map { "aeiou".contains($0) } == true ? "an" : "a"
            let how = NounScope(rawValue: scope)?.isSetByUse == true
                ? "`use \(scope) NAME` or pass \(scope)=…" : "pass it (SID or record) after the noun or as \(scope)=…"
            return "\(verb) \(noun) needs \(article) \(scope): \(how)"
        case .wrongSID(let expected, let prefix, let got):
            return "expected a \(expected) SID (\(prefix)…), got '\(got)'"
        case .nameNotFound(let noun, let name, let service):
            return "no \(noun) named '\(name)' in service \(service)"
        case .nameNotAccepted(let noun, let name):
            return "'\(name)' is not a \(noun) SID; pass a SID or a record from an earlier command"
        case .buildsFailed(let failures, let total):
            return failures.awaitMessage(total: total)
        case .api(let error):
            return error.description
        case .usage(let message):
            return message
        }
    }

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }
}
