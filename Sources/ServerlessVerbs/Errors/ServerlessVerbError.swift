import BuildScript
import ServerlessClient

/// What can go wrong in a verb before or after the API call. Values only; the text is in
/// `ServerlessVerbError+Description.swift`. API failures are the client's ``ServerlessError``,
/// which scripts see directly (see `ServerlessError+Script.swift`).
public enum ServerlessVerbError: ScriptError, Equatable, Sendable {
    /// The API has no such operation, e.g. `delete deployment`; the message lists what the noun supports.
    case unsupported(NounAction, ResourceKind)
    /// A value has the wrong type or form for `name`.
    case invalidValue(name: String, expected: String, got: String)
    /// The resource a command acts on is missing, e.g. `remove service` without a service.
    case missingResource(ResourceKind, usage: String)
    /// The parent a command needs is unknown, e.g. a service for `list builds`; `command` is the
    /// command as written (`list build`, `promote`).
    case missingScope(command: String, scope: NounScope)
    /// A SID of the wrong kind for `expected` (a noun or parameter name), e.g. a service SID where
    /// a build SID belongs.
    case wrongSID(expected: String, prefix: String, got: String)
    /// A unique name that matched nothing, e.g. `use environment nosuch`.
    case nameNotFound(ResourceKind, name: String, service: String)
    /// A name was given where only a SID or record is accepted.
    case nameNotAccepted(ResourceKind, name: String)
    /// Builds that ended `failed` while awaiting them without `allow_failed=true`: the first few,
    /// explained, and how many failed in all.
    case buildsFailed([BuildFailure], total: Int)
    /// The verb was used in a way it cannot serve, explained.
    case usage(String)

    /// The message (see ``description``).
    public var scriptMessage: String { description }

    /// Failed builds give `$e.details.builds`, a `{build, service, reason}` each.
    public var scriptDetails: Value? {
        guard case .buildsFailed(let failures, _) = self else { return nil }
        return ["builds": .list(failures.map(\.details))]
    }
}
