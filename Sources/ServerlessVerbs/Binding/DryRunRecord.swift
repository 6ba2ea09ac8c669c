import BuildScript
import OrderedCollections

/// What a dry run's `create` (or `update`) returns instead of null, so a flow runs to its end and
/// prints every step it would take: a record of the resource it would have made, marked
/// `dry_run: true`, whose SID is the noun's prefix, zeros and `dryrun` (`ZB00…0dryrun`). Verbs given
/// such a SID never send it: `await` returns the record as finished, and later changes dry-run too.
enum DryRunRecord {
    /// The marker at the end of every placeholder SID.
    static let marker = "dryrun"

    /// The placeholder SID for a resource whose SIDs start with `prefix`.
    static func sid(prefix: String) -> String {
        prefix + String(repeating: "0", count: 32 - marker.count) + marker
    }

    /// Whether `text` is a placeholder SID.
    static func isPlaceholder(_ text: String) -> Bool {
        text.utf8.count == 34 && text.hasSuffix(String(repeating: "0", count: 8) + marker)
    }

    /// The record `call` would have produced: its SID (the target's for an update), its parents'
    /// SIDs, the arguments given and the mark.
    static func record(for call: ResourceCall) -> Value {
        var fields: OrderedDictionary<String, Value> = [:]
        fields["sid"] = .string(call.target ?? sid(prefix: call.noun.sidPrefix))
        for scope in call.noun.scope {
            if let parent = call.scope[scope] { fields["\(scope.rawValue)_sid"] = .string(parent) }
        }
        for name in call.arguments.keys.sorted() {
            if let value = call.arguments[name].flatMap(scriptValue) { fields[name] = value }
        }
        if call.noun.kind == .build { fields["status"] = .string("completed") }
        fields["dry_run"] = .bool(true)
        return .record(fields)
    }

    /// An argument as the script gave it (uploaded content is left out).
    private static func scriptValue(_ argument: ArgumentValue) -> Value? {
        switch argument {
        case .string(let text): .string(text)
        case .bool(let flag): .bool(flag)
        case .integer(let number): .number(Double(number))
        case .date(let date): .time(date)
        case .strings(let list): .list(list.map(Value.string))
        case .dependencies(let dependencies): .string(dependencies.wireValue)
        case .content: nil
        }
    }
}
