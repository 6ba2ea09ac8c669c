/// What a verb body knows about the call it serves.
public struct CallContext: Sendable {
    /// The verb being called.
    public let verb: Verb
    /// The source range of the whole call (for errors the body reports).
    public let range: SourceRange
    /// The interpreter running the call.
    public let interpreter: Interpreter
    let frame: Frame

    init(verb: Verb, range: SourceRange, frame: Frame) {
        self.verb = verb
        self.range = range
        self.interpreter = frame.machine.interpreter
        self.frame = frame
    }

    /// Whether destructive verbs should only report what they would do.
    public var isDryRun: Bool { frame.machine.options.dryRun }

    /// The bounds the run keeps (string and list sizes, value nesting); see ``Limits``.
    public var limits: Limits { frame.machine.options.limits }

    /// Whether the interpreter runs in safe mode.
    public var isSafeMode: Bool { frame.machine.options.safeMode }

    /// The user procedures active at the call, innermost first.
    public var callStack: [StackFrame] { frame.callStack }

    /// Sends a value to the host's output now (for verbs that stream results as they go).
    /// Throws what the host's output throws (for example when it consumes a failing stream).
    public func emit(_ value: Value) async throws {
        try await frame.emit(value, range)
    }

    /// Sends a line of text to the host now, as `print` does: the host writes it as text whatever
    /// its output format.
    public func print(_ text: String) async throws {
        try await frame.print(text, range)
    }

    /// Whether the task running the script was cancelled (Ctrl-C in the REPL).
    public var isCancelled: Bool { Task.isCancelled }

    /// Throws `CancellationError` when the script was cancelled.
    public func checkCancellation() throws {
        try Task.checkCancellation()
    }

    /// A variable visible at the call site.
    public func variable(_ name: String) -> Value? { frame.scope.lookup(name) }

    /// A help text for a command, as the `help` verb shows it (`nil` when unknown).
    public func helpText(for name: String?, noun: String? = nil) -> String? {
        HelpText.render(name: name, noun: noun, registry: frame.machine.registry, options: frame.machine.options)
    }

    /// The error for a `help` that found nothing, naming the closest command, noun or word.
    func helpNotFound(for name: String?, noun: String?) -> VerbError {
        HelpText.notFound(name: name, noun: noun, registry: frame.machine.registry, options: frame.machine.options)
    }
}
