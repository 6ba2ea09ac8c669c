import ServerlessClient

/// The text of ``ServerlessVerbError`` values, one line each, as a script's diagnostics show them.
extension ServerlessVerbError: CustomStringConvertible {
    /// The message without location (the language adds `file:line:col: error:`).
    public var description: String {
        switch self {
        case .unsupported(let action, let kind):
            let noun = NounTable.noun(kind)
            let supported = noun.actions.map(\.rawValue)
            let what = supported.isEmpty ? "nothing" : supported.joined(separator: ", ")
            return "the Serverless API cannot \(action.rawValue) \(a: noun.name) (\(noun.plural) support: \(what))"
        case .invalidValue(let name, let expected, let got):
            return "\(name) expects \(expected), got \(got)"
        case .missingResource(let kind, let usage):
            return "which \(kind.rawValue)? usage: \(usage)"
        case .missingScope(let command, let scope):
            let how = scope.isSetByUse
                ? "`use \(scope.rawValue) NAME` or pass \(scope.rawValue)=…"
                : "pass it (SID or record) after the noun or as \(scope.rawValue)=…"
            return "\(command) needs \(a: scope.rawValue): \(how)"
        case .wrongSID(let expected, let prefix, let got):
            return "expected \(a: expected) SID (\(prefix)…), got '\(got)'"
        case .nameNotFound(let kind, let name, let service):
            return "no \(kind.rawValue) named '\(name)' in service \(service)"
        case .nameNotAccepted(let kind, let name):
            return "'\(name)' is not \(a: kind.rawValue) SID; pass a SID or a record from an earlier command"
        case .buildsFailed(let failures, let total):
            return failures.awaitMessage(total: total)
        case .usage(let message):
            return message
        }
    }
}
