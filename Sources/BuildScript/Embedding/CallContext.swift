/// What a verb body knows about the call it serves.
public struct CallContext: Sendable {
    /// The verb being called.
    public let verb: Verb
    /// The source range of the whole call (for errors the body reports).
    public let range: SourceRange
    /// The interpreter running the call.
    public let interpreter: Interpreter
    let frame: Frame
    /// The unevaluated arguments of deferred parameters, by parameter name.
    let deferred: [String: Expression]

    init(verb: Verb, range: SourceRange, frame: Frame, deferred: [String: Expression] = [:]) {
        self.verb = verb
        self.range = range
        self.interpreter = frame.machine.interpreter
        self.frame = frame
        self.deferred = deferred
    }

    /// Evaluates the argument of the deferred parameter `name` now, in the caller's scope (each
    /// call evaluates it again: a `list` in it asks the API again); `nil` when the call gave none.
    /// Its errors are the script's, at the argument.
    public func evaluate(_ name: String) async throws -> Value? {
        guard let expression = deferred[name] else { return nil }
        do throws(Unwind) {
            return try await frame.machine.evaluate(expression, frame)
        } catch {
            throw error.publicError
        }
    }

    /// The source text of the deferred argument `name`, as written (for a header such as `watch`'s).
    public func sourceText(of name: String) -> String? {
        guard let range = deferred[name]?.range, let text = interpreter.sourceText(of: range.file) else { return nil }
        let bytes = Array(text.utf8)
        let lower = max(0, min(bytes.count, range.start.offset))
        let upper = max(lower, min(bytes.count, range.end.offset))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
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
