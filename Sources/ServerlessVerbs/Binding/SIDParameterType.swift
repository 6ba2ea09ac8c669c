import BuildScript
import Foundation

/// A parameter taking a Twilio SID with a given prefix (`build=ZB…`), or a list of them
/// (`functions=[ZN…, …]`): the SID itself, a record whose `sid` has the prefix, or a record of
/// another kind naming one in `<parameter>_sid` (a deployment passed as `build=` names its build in
/// `build_sid`). The language checks it before the verb runs; the rule lives here, with the verbs
/// that know what a SID is.
struct SIDParameterType: HostParameterType {
    /// The two letters the SIDs start with (`ZB`).
    let prefix: String
    /// Whether the parameter takes a list (a single value becomes a one-element list).
    let isList: Bool

    var placeholder: String { isList ? "[\(prefix)…, ...]" : "\(prefix)…|RECORD" }

    var expectation: String {
        isList ? "a list of \(prefix)… SIDs or records with one" : "a \(prefix)… SID or a record with one"
    }

    func convert(_ value: Value, parameter: String) -> Value? {
        guard isList else {
            return names(value) || names(value["\(parameter)_sid"]) ? value : nil
        }
        if case .list(let items) = value { return items.allSatisfy(names) ? value : nil }
        return names(value) ? .list([value]) : nil
    }

    /// Whether `value` is an identifier with the prefix, or a record whose `sid` is one.
    private func names(_ value: Value) -> Bool {
        switch value {
        case .string(let text): return text.trimmingCharacters(in: .whitespaces).hasPrefix(prefix)
        case .record(let fields):
            if case .string(let sid)? = fields["sid"] { return sid.hasPrefix(prefix) }
            return false
        default: return false
        }
    }
}
