import ServerlessClient

/// A kind of Serverless resource the verbs act on (`build`, `function version`, ...), with the
/// operations the API offers for it. The whole set lives in ``NounTable``.
public struct ResourceNoun: Sendable, Hashable {
    /// The singular spelling a script uses: `"function version"`.
    public let name: String
    /// The plural spelling, accepted wherever the singular is: `"function versions"`.
    public let plural: String
    /// The two-letter SID prefix of this resource (`ZB` for builds).
    public let sidPrefix: String
    /// The client's resource, which gives the path and the record type of every request.
    public let kind: ResourceKind
    /// The parent resources whose SIDs the API path needs, outermost first.
    public let scope: [NounScope]
    /// The columns a table of these resources shows unless `select` picks others
    /// (the spec's `x-twilio.defaultOutputProperties`).
    public internal(set) var defaultColumns: [String]
    /// The operations the API offers, by verb.
    public internal(set) var operations: [NounAction: NounOperation]

    /// Creates a noun; the table in ``NounTable`` is the only intended caller.
    public init(
        name: String, plural: String, sidPrefix: String, kind: ResourceKind, scope: [NounScope],
        defaultColumns: [String], operations: [NounAction: NounOperation]
    ) {
        self.name = name
        self.plural = plural
        self.sidPrefix = sidPrefix
        self.kind = kind
        self.scope = scope
        self.defaultColumns = defaultColumns
        self.operations = operations
    }

    /// The resource's path below `/v1`, e.g. `/Services/{ServiceSid}/Builds/{Sid}`.
    public var path: String { kind.pathTemplate }

    /// The verbs this noun supports, in the order `help` lists them.
    public var actions: [NounAction] { NounAction.allCases.filter { operations[$0] != nil } }

    /// The innermost parent (e.g. `function` for a function version), if any.
    public var parent: NounScope? { scope.last }

    /// Returns a copy with `operation` set for `action` (used to add what the spec lacks).
    func with(_ action: NounAction, _ operation: NounOperation) -> ResourceNoun {
        var copy = self
        copy.operations[action] = operation
        return copy
    }

    /// Returns a copy with other default columns.
    func with(defaultColumns columns: [String]) -> ResourceNoun {
        var copy = self
        copy.defaultColumns = columns
        return copy
    }
}

/// A parent resource that scopes a noun's API path.
public enum NounScope: String, Sendable, Hashable, CaseIterable {
    /// `/Services/{ServiceSid}`; set with `use service NAME` or `service=`.
    case service
    /// `/Environments/{EnvironmentSid}`; set with `use environment NAME` or `environment=`.
    case environment
    /// `/Functions/{FunctionSid}`; given as the positional argument or `function=`.
    case function
    /// `/Assets/{AssetSid}`; given as the positional argument or `asset=`.
    case asset

    /// Whether `use` sets this parent for the commands after it; such a parent may also be named by
    /// its unique name.
    public var isSetByUse: Bool {
        switch self {
        case .service, .environment: true
        case .function, .asset: false
        }
    }

    /// The field of a resource record that holds this parent's SID (`service_sid`).
    public var sidField: String { "\(rawValue)_sid" }

    /// The client's resource this parent is.
    public var kind: ResourceKind {
        switch self {
        case .service: .service
        case .environment: .environment
        case .function: .function
        case .asset: .asset
        }
    }

    /// The SID prefix of this parent, from the noun table.
    public var sidPrefix: String { NounTable.noun(kind).sidPrefix }
}

/// A verb that maps onto one API operation of a noun.
public enum NounAction: String, Sendable, Hashable, CaseIterable {
    /// POST to the list path.
    case create
    /// GET the list path, page by page.
    case list
    /// GET one resource.
    case fetch
    /// POST to one resource.
    case update
    /// DELETE one resource.
    case delete

    /// Whether the operation removes something (and so needs confirmation and honours dry-run).
    public var isDestructive: Bool { self == .delete }

    /// Whether the verb acts on one existing resource, named by its first argument.
    public var takesTarget: Bool { self == .fetch || self == .update || self == .delete }

    /// Whether the operation changes something on the server (dry-run skips it).
    public var isMutating: Bool { self != .list && self != .fetch }
}

/// One API operation of a noun: its spec identity and the parameters a script may pass.
public struct NounOperation: Sendable, Hashable {
    /// The spec's `operationId`, e.g. `CreateBuild`.
    public let operationID: String
    /// The spec's one-line description.
    public let summary: String
    /// The named parameters (`name=value`) the operation takes, besides the parent scope.
    public let parameters: [NounParameter]

    /// Creates an operation description.
    public init(operationID: String, summary: String, parameters: [NounParameter]) {
        self.operationID = operationID
        self.summary = summary
        self.parameters = parameters
    }

    /// The parameter a script spells `name` (or one of its aliases), if any.
    public func parameter(named name: String) -> NounParameter? {
        parameters.first { $0.name == name || $0.aliases.contains(name) }
    }
}

/// A named parameter of an operation, as a script writes it (`friendly_name=...`).
public struct NounParameter: Sendable, Hashable {
    /// The script spelling: snake_case of the wire name, or a friendlier name (`functions`).
    public let name: String
    /// Other accepted spellings (`function_versions` for `functions`).
    public let aliases: [String]
    /// The name on the wire (`FriendlyName`).
    public let wireName: String
    /// The kind of value expected.
    public let type: NounParameterType
    /// Where the value travels.
    public let location: NounParameterLocation
    /// Whether the API requires it.
    public let isRequired: Bool
    /// The spec's description.
    public let summary: String
    /// Whether the value is a secret a REPL keeps out of its history and `.save` (a variable's value).
    public private(set) var isSensitive: Bool

    /// Creates a parameter description.
    public init(
        name: String, aliases: [String] = [], wireName: String, type: NounParameterType,
        location: NounParameterLocation, isRequired: Bool, summary: String, isSensitive: Bool = false
    ) {
        self.name = name
        self.aliases = aliases
        self.wireName = wireName
        self.type = type
        self.location = location
        self.isRequired = isRequired
        self.summary = summary
        self.isSensitive = isSensitive
    }

    /// Returns a copy spelled `name` in scripts, with the old spelling kept as an alias.
    func renamed(_ newName: String) -> NounParameter {
        NounParameter(
            name: newName, aliases: [name] + aliases, wireName: wireName, type: type, location: location,
            isRequired: isRequired, summary: summary, isSensitive: isSensitive)
    }

    /// Returns a copy expecting another kind of value.
    func retyped(_ newType: NounParameterType) -> NounParameter {
        NounParameter(
            name: name, aliases: aliases, wireName: wireName, type: newType, location: location,
            isRequired: isRequired, summary: summary, isSensitive: isSensitive)
    }

    /// Returns a copy whose values are secrets.
    func sensitive() -> NounParameter {
        var copy = self
        copy.isSensitive = true
        return copy
    }
}

/// The kind of value a parameter takes; used for checking, conversion and `help`.
public enum NounParameterType: Sendable, Hashable {
    /// Any text.
    case string
    /// `true` / `false`.
    case boolean
    /// A whole number.
    case integer
    /// A time (a time value or an ISO 8601 string).
    case dateTime
    /// One resource SID with this prefix (a record or SID string is accepted).
    case sid(prefix: String)
    /// A list of resource SIDs with this prefix (records or SID strings).
    case sidList(prefix: String)
    /// A list of strings.
    case stringList
    /// One of a fixed set of words.
    case choice([String])
    /// Build dependencies: a record `{name: version}` or a list of `{name, version}` records.
    case dependencies
    /// File contents: `@path` or a string.
    case content

    /// How `help` describes the expected value.
    public var placeholder: String {
        switch self {
        case .string: "text"
        case .boolean: "true|false"
        case .integer: "number"
        case .dateTime: "time"
        case .sid(let prefix): "\(prefix)… or record"
        case .sidList(let prefix): "[\(prefix)…, ...]"
        case .stringList: "[text, ...]"
        case .choice(let words): words.joined(separator: "|")
        case .dependencies: "{name: version, ...}"
        case .content: "@file or text"
        }
    }
}

/// Where a parameter's value travels in the request.
public enum NounParameterLocation: Sendable, Hashable {
    /// A form field of a POST body.
    case form
    /// A query parameter of a GET.
    case query
    /// A part of a multipart upload.
    case multipart
    /// Used by the verb or the client itself, not sent as given (`limit=`; `page_size=`, which the
    /// client sends as each page's `PageSize`).
    case client
}
