import ServerlessClient

/// What can go wrong in a verb before or after the API call. Values only; the text is in
/// `ServerlessVerbError+Description.swift`. API failures keep the client's ``ServerlessError``.
public enum ServerlessVerbError: Error, Equatable, Sendable {
    /// The API has no such operation, e.g. `delete deployment`; lists what the noun supports.
    case unsupported(action: String, noun: String, supported: [String])
    /// A noun the verbs do not know.
    case unknownNoun(String, suggestion: String?)
    /// A value has the wrong type or form for `name`.
    case invalidValue(name: String, expected: String, got: String)
    /// A resource argument is missing, e.g. `fetch build` without a build.
    case missingResource(verb: String, noun: String, usage: String)
    /// The parent a call needs is unknown, e.g. a service for `list builds`.
    case missingScope(verb: String, noun: String, scope: String)
    /// A SID of the wrong kind, e.g. a service SID where a build SID belongs.
    case wrongSID(expected: String, prefix: String, got: String)
    /// A unique name that matched nothing, e.g. `use environment nosuch`.
    case nameNotFound(noun: String, name: String, service: String)
    /// A name was given where only a SID or record is accepted.
    case nameNotAccepted(noun: String, name: String)
    /// Builds that ended `failed` while awaiting them without `allow_failed=true`: the first few,
    /// explained, and how many failed in all.
    case buildsFailed([BuildFailure], total: Int)
    /// The API (or the connection) failed.
    case api(ServerlessError)
    /// The verb was used in a way it cannot serve, explained.
    case usage(String)
}
