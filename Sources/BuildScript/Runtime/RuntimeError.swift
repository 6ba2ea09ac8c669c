/// An error that stopped a running script: what failed, where, and through which procedures.
public struct RuntimeError: Error, Equatable, Sendable {
    /// The message (`unknown variable 'bulid'`).
    public var message: String
    /// The source range of what failed.
    public var range: SourceRange
    /// The user procedures active when it failed, innermost first.
    public var callStack: [StackFrame]
    /// What the user probably meant, shown as "did you mean ...?".
    public var suggestion: String?
    /// An error code from the host (a Twilio API error code).
    public var code: Int?
    /// Structured detail (for example the failed items of a parallel loop).
    public var details: Value?
    /// A usage line for wrong calls (`usage: create build runtime=STRING ...`).
    public var usage: String?

    /// Creates a runtime error.
    public init(
        _ message: String, at range: SourceRange, suggestion: String? = nil, code: Int? = nil, details: Value? = nil,
        usage: String? = nil, callStack: [StackFrame] = []
    ) {
        self.message = message
        self.range = range
        self.suggestion = suggestion
        self.code = code
        self.details = details
        self.usage = usage
        self.callStack = callStack
    }

    /// The value a `catch` binds: `{message, code, details}` plus `line` and `file`.
    public var errorValue: ErrorValue {
        ErrorValue(message: message, code: code, details: details)
    }
}

/// One active user procedure call (made by the interpreter; a host reads it).
public struct StackFrame: Equatable, Sendable {
    /// The procedure's name.
    public var procedure: String
    /// Where it was called.
    public var callRange: SourceRange
}
