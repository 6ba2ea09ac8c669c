/// The body of a verb or built-in: receives checked arguments and the call's context.
public typealias VerbBody = @Sendable (Arguments, CallContext) async throws -> Value

/// A resource noun such as `build` or `function version`, with its plural (`builds`).
public struct Noun: Hashable, Sendable, CustomStringConvertible {
    /// The singular phrase (`function version`).
    public var singular: String
    /// The plural phrase (`function versions`).
    public var plural: String

    /// Creates a noun; the plural defaults to the singular plus `s` (`es` after `s`, `x`, `ch`, `sh`).
    public init(_ singular: String, plural: String? = nil) {
        self.singular = singular
        if let plural {
            self.plural = plural
        } else if ["s", "x", "ch", "sh"].contains(where: { singular.hasSuffix($0) }) {
            self.plural = singular + "es"
        } else {
            self.plural = singular + "s"
        }
    }

    /// The words of the singular phrase.
    var words: [String] { singular.split(separator: " ").map(String.init) }
    /// The words of the plural phrase.
    var pluralWords: [String] { plural.split(separator: " ").map(String.init) }

    /// The singular phrase.
    public var description: String { singular }
}

/// A command the host makes available to scripts: a verb bound to one noun (`create build`), a
/// noun-less verb (`use`, `print`) or a built-in function (`len`). Verbs with the same name and
/// different nouns are registered separately, each with its own parameters.
public struct Verb: Sendable {
    /// The command name (`create`).
    public var name: String
    /// The noun this entry handles, or `nil` for a noun-less verb or function.
    public var noun: Noun?
    /// One line for `help` (`Create a build of function and asset versions.`).
    public var summary: String
    /// Positional parameters first (in order), then named ones.
    public var parameters: [Parameter]
    /// One example call for `help` (`create build functions=[$v1] runtime=node22`).
    public var example: String?
    /// Whether the verb destroys data: hidden in safe mode, confirmed before loops, dry-run aware.
    public var isDestructive: Bool
    /// Whether the verb reads the host machine beyond the script's folder (`env`): removed in safe
    /// mode like destructive verbs.
    public var readsHost: Bool
    /// Whether named arguments not in ``parameters`` are passed through instead of rejected.
    public var acceptsOtherNamedArguments: Bool
    /// Whether the body is a pure function of its arguments (`len`, `upper`): such calls may be
    /// evaluated without suspending. Verbs that do I/O leave it `false`.
    public var isPure: Bool
    /// What the verb does.
    public var body: VerbBody
    /// A pure built-in's body as a plain function of its arguments and the run's limits, which
    /// calls compiled to run without suspending use (``CallCompiler``); nil for other verbs.
    var directBody: (@Sendable (Arguments, Limits) throws -> Value)? = nil
    /// The heading `help` lists the verb under (`Build operations`); nil for the host's verbs
    /// without one (`Commands`). The standard library's functions are grouped by library.
    public var helpGroup: String? = nil
    /// Whether the entry is there only to explain a refusal (`delete deployment`: the API cannot):
    /// a call fails saying why, and the `help` overview leaves it out, listing only what works.
    public var isRefusal = false

    /// Creates a verb.
    public init(
        _ name: String,
        noun: Noun? = nil,
        summary: String,
        parameters: [Parameter] = [],
        example: String? = nil,
        isDestructive: Bool = false,
        readsHost: Bool = false,
        acceptsOtherNamedArguments: Bool = false,
        isPure: Bool = false,
        body: @escaping VerbBody
    ) {
        self.name = name
        self.noun = noun
        self.summary = summary
        self.parameters = parameters
        self.example = example
        self.isDestructive = isDestructive
        self.readsHost = readsHost
        self.acceptsOtherNamedArguments = acceptsOtherNamedArguments
        self.isPure = isPure
        self.body = body
    }

    /// Whether safe mode removes the verb: calls fail, `help` and completion leave it out.
    public var isRemovedInSafeMode: Bool { isDestructive || readsHost }

    /// `create build` or `len`.
    public var qualifiedName: String { noun.map { "\(name) \($0.singular)" } ?? name }

    /// A usage line in the manner of `Tcl_WrongNumArgs`:
    /// `create build [functions=LIST] runtime=STRING`.
    public var usage: String {
        var parts = [qualifiedName]
        for parameter in parameters {
            let text: String
            if parameter.isPositional {
                text = parameter.isVariadic ? "\(parameter.name)..." : parameter.isDeferred ? parameter.placeholder : parameter.name
            } else {
                text = "\(parameter.name)=\(parameter.placeholder)"
            }
            parts.append(parameter.isRequired ? text : "[\(text)]")
        }
        if acceptsOtherNamedArguments { parts.append("[name=value...]") }
        return parts.joined(separator: " ")
    }
}

/// The type a parameter accepts; arguments are converted where the conversion is lossless.
public indirect enum ParameterType: Equatable, Sendable {
    /// Anything.
    case any
    /// A string (numbers and bools are turned into their text).
    case string
    /// A number (a string spelling a number is converted).
    case number
    /// A whole number.
    case integer
    /// `true`/`false` (also the strings `"true"`/`"false"`).
    case bool
    /// A duration (also a string such as `"5s"`, or a number of seconds).
    case duration
    /// A time (also an ISO 8601 string).
    case time
    /// A list (a single non-list value becomes a one-element list).
    case list
    /// A record.
    case record
    /// A resource reference: a SID or name string, or a record (such as one returned by `create`).
    case reference
    /// A type the host defines (as a Lua host checks its own userdata with `luaL_checkudata`): the
    /// host converts and names the values it accepts, such as the Serverless verbs' SIDs.
    case host(HostType)
    /// One of fixed words (`visibility=public|private|protected`), offered by completion.
    case oneOf([String])
    /// Structured data the verb reads itself: a record, a list, or the same as JSON text. Usage
    /// lines show `placeholder` (`{name: version, ...}` for build dependencies).
    case data(placeholder: String)

    /// The placeholder shown in usage lines.
    public var placeholder: String {
        switch self {
        case .any: return "VALUE"
        case .string: return "STRING"
        case .number: return "NUMBER"
        case .integer: return "INTEGER"
        case .bool: return "BOOL"
        case .duration: return "DURATION"
        case .time: return "TIME"
        case .list: return "LIST"
        case .record: return "RECORD"
        case .reference: return "SID|RECORD"
        case .host(let type): return type.placeholder
        case .oneOf(let words): return words.joined(separator: "|")
        case .data(let placeholder): return placeholder
        }
    }
}

/// One parameter of a ``Verb``: used for argument checking, completion and `help`.
public struct Parameter: Equatable, Sendable {
    /// The name (`runtime`); positional parameters are also reachable by name in ``Arguments``.
    public var name: String
    /// The accepted type.
    public var type: ParameterType
    /// Whether a call must supply it.
    public var isRequired: Bool
    /// Whether it is given by position rather than as `name=value` (it may also be given by name).
    public var isPositional: Bool
    /// Whether this last positional parameter takes all remaining positional arguments (as a list).
    public var isVariadic: Bool
    /// One line of documentation.
    public var doc: String
    /// An example value (`node22`).
    public var example: String?
    /// Other names accepted for it (`function_versions` for `functions`): checked like the name,
    /// stored under the name, left out of usage lines and completion, listed in `help`.
    public var aliases: [String]
    /// Whether a value written out for it is a secret (a variable's value): a host that keeps what
    /// was typed, as a REPL's history, leaves it out (see ``Interpreter/sensitiveArguments(in:)``).
    public var isSensitive: Bool
    /// Whether the argument is left unevaluated at the call: the body evaluates it when it wants,
    /// as often as it wants, with ``CallContext/evaluate(_:)`` (`watch EXPR until=CONDITION`
    /// re-evaluates both every round). ``Arguments`` holds `null` for it.
    public var isDeferred: Bool

    /// Creates a parameter.
    public init(
        _ name: String, _ type: ParameterType = .any, required: Bool = false, positional: Bool = false,
        variadic: Bool = false, doc: String = "", example: String? = nil, aliases: [String] = [],
        sensitive: Bool = false, deferred: Bool = false
    ) {
        self.name = name
        self.aliases = aliases
        self.isSensitive = sensitive
        self.isDeferred = deferred
        self.type = type
        self.isRequired = required
        self.isPositional = positional || variadic
        self.isVariadic = variadic
        self.doc = doc
        self.example = example
    }

    /// A positional parameter.
    public static func positional(
        _ name: String, _ type: ParameterType = .any, required: Bool = true, doc: String = "", example: String? = nil
    ) -> Parameter {
        Parameter(name, type, required: required, positional: true, doc: doc, example: example)
    }

    /// A `name=value` parameter.
    public static func named(
        _ name: String, _ type: ParameterType = .any, required: Bool = false, doc: String = "", example: String? = nil,
        aliases: [String] = [], sensitive: Bool = false
    ) -> Parameter {
        Parameter(name, type, required: required, doc: doc, example: example, aliases: aliases, sensitive: sensitive)
    }

    /// The placeholder in usage lines and `help`: `EXPR` for a deferred parameter, else its type's.
    public var placeholder: String { isDeferred ? "EXPR" : type.placeholder }

    /// Whether a call may spell it `word=`.
    func isNamed(_ word: String) -> Bool { name == word || aliases.contains(word) }

    /// A parameter whose argument is an expression the body evaluates itself, when and as often
    /// as it wants (``CallContext/evaluate(_:)``): `watch (list builds) until=(…)`.
    public static func deferred(_ name: String, positional: Bool = false, required: Bool = false, doc: String = "") -> Parameter {
        Parameter(name, .any, required: required, positional: positional, doc: doc, deferred: true)
    }

    /// A parameter that takes all remaining positional arguments as a list.
    public static func variadic(_ name: String, _ type: ParameterType = .any, required: Bool = false, doc: String = "") -> Parameter {
        Parameter(name, type, required: required, variadic: true, doc: doc)
    }
}
