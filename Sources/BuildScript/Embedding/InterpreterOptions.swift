/// Settings chosen by the host when creating an ``Interpreter``.
public struct InterpreterOptions: Sendable {
    /// Hide destructive verbs: calls fail with a clear message, `help` and completion omit them.
    public var safeMode: Bool
    /// Destructive verbs read ``CallContext/isDryRun`` and only report what they would do;
    /// loops do not ask for confirmation.
    public var dryRun: Bool
    /// The built-in function libraries to open.
    public var libraries: Set<StandardLibrary>
    /// The bounds on nesting, sizes and error counts (see ``Limits``).
    public var limits: Limits
    /// The deepest allowed nesting of user procedure calls (``Limits/callDepth``).
    public var maxCallDepth: Int {
        get { limits.callDepth }
        set { limits.callDepth = newValue }
    }
    /// Directory against which relative `@path` and `source` paths resolve (default: the current
    /// directory; files run with ``Interpreter/evaluateFile(at:)`` resolve against their own directory).
    public var workingDirectory: String?
    /// How the `help` overview is laid out: the width to fit, the host's own sections, the commands
    /// to try first.
    public var helpLayout = HelpLayout()
    /// Runs every statement and expression by walking the syntax tree, without the closures the
    /// compile pass makes of pure code: the reference that the compiled fast paths are tested
    /// against (the differential tests; `buildsh` with `BUILDSH_TREE_WALKER=1`). Same results,
    /// slower; not meant for hosts.
    @_spi(Evaluation) public var treeWalkerOnly = false

    /// Creates options; by default everything is open and nothing is hidden.
    public init(
        safeMode: Bool = false, dryRun: Bool = false, libraries: Set<StandardLibrary> = Set(StandardLibrary.allCases),
        maxCallDepth: Int? = nil, workingDirectory: String? = nil, limits: Limits = .standard
    ) {
        self.safeMode = safeMode
        self.dryRun = dryRun
        self.libraries = libraries
        self.limits = limits
        if let maxCallDepth { self.limits.callDepth = maxCallDepth }
        self.workingDirectory = workingDirectory
    }
}

/// Groups of built-in functions a host may open (like Lua's `linit.c`).
public enum StandardLibrary: String, CaseIterable, Sendable {
    /// `print`, `help`, `len`, `type`, `str`, `num`, `range`, `json`, `parse_json`, `error`, `sleep`.
    case core
    /// `upper`, `lower`, `trim`, `split`, `join`, `contains`, `starts_with`, `ends_with`, `replace`, `substr`, `repeat`.
    case strings
    /// `push`, `keys`, `values`, `sum`, `min`, `max`, `reverse`, `unique`, `sorted`, `slice`, `has`.
    case lists
    /// `now`, `time`, `duration`, `seconds`.
    case time
    /// `env`: reads environment variables (a sandboxed host may leave it closed).
    case environment
}

/// How an evaluation ended.
public enum Outcome: Equatable, Sendable {
    /// The source ran to the end; the value of its last statement (already sent to the output).
    case success(Value)
    /// The script ran `exit N`; the host decides what to do (the interpreter never exits the process).
    case exit(Int)
    /// The source did not parse; nothing ran.
    case syntaxErrors([Diagnostic])
    /// A runtime error stopped the script.
    case failure(RuntimeError)
    /// The task running the script was cancelled.
    case cancelled
}
