/// A statement node with its source range.
public struct Statement: Sendable {
    /// What the statement is.
    public var kind: StatementKind
    /// Where it is.
    public var range: SourceRange

    /// Creates a statement.
    public init(_ kind: StatementKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// A `{ ... }` sequence of statements.
public struct Block: Sendable {
    /// The statements in order.
    public var statements: [Statement]
    /// Where the block is, braces included.
    public var range: SourceRange
}

/// The kinds of statements.
public indirect enum StatementKind: Sendable {
    /// A command, pipeline or expression; its non-null value is sent to the host's output.
    case expression(Expression)
    /// `let name = value`.
    case declare(name: String, value: Expression)
    /// `name = value` (the variable must exist).
    case assign(name: String, value: Expression)
    /// `name += value`: appends to a string or list, adds to a number.
    case append(name: String, value: Expression)
    /// `if cond { } else { }`.
    case conditional(condition: Expression, then: Block, otherwise: Block?)
    /// `while cond { }`.
    case loop(condition: Expression, body: Block)
    /// `foreach name in source [parallel N] { }`.
    case foreach(variable: String, source: Expression, parallel: Expression?, body: Block)
    /// `def name(params) { }`.
    case define(name: String, parameters: [String], body: Block)
    /// `return [value]`.
    case returnValue(Expression?)
    /// `break`.
    case breakLoop
    /// `continue`.
    case continueLoop
    /// `try { } catch name { }`.
    case attempt(body: Block, errorName: String?, handler: Block)
    /// `exit [code]`.
    case exit(Expression?)
    /// `source "file.bsh"`: runs another file in the current scope.
    case source(Expression)
}

/// A parsed source: its statements and the file name used in diagnostics.
public struct Program: Sendable {
    /// The top-level statements.
    public var statements: [Statement]
    /// The file name or label.
    public var file: String
}
