/// A statement node with its source range.
public struct Statement: Sendable {
    /// What the statement is.
    public let kind: StatementKind
    /// Where it is.
    public let range: SourceRange
    /// Whether it runs without suspending: no commands, calls, pipelines, output or `foreach`.
    public let isPure: Bool
    /// For pure statements, the execution compiled to a closure when the node is built.
    let compiled: CompiledStatement?

    /// Creates a statement.
    public init(_ kind: StatementKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
        self.isPure = kind.isPure
        self.compiled = isPure ? StatementCompiler.compile(kind, range) : nil
    }
}

/// A `{ ... }` sequence of statements.
public struct Block: Sendable {
    /// The statements in order.
    public let statements: [Statement]
    /// Where the block is, braces included.
    public let range: SourceRange
    /// Whether every statement is pure (see ``Statement/isPure``).
    public let isPure: Bool
    /// The compiled statements, run in order by one closure, when the block is pure.
    let compiled: CompiledStatement?

    /// Creates a block.
    public init(statements: [Statement], range: SourceRange) {
        self.statements = statements
        self.range = range
        self.isPure = statements.allSatisfy(\.isPure)
        self.compiled = isPure ? StatementCompiler.sequence(statements) : nil
    }
}

extension StatementKind {
    var isPure: Bool {
        switch self {
        case .declare(_, let e), .assign(_, let e), .append(_, let e): return e.isPure
        case .conditional(let condition, let then, let otherwise):
            return condition.isPure && then.isPure && (otherwise?.isPure ?? true)
        case .loop(let condition, let body): return condition.isPure && body.isPure
        case .breakLoop, .continueLoop: return true
        case .returnValue(let e): return e?.isPure ?? true
        case .expression, .foreach, .define, .attempt, .exit, .source: return false
        }
    }
}

/// The kinds of statements.
public indirect enum StatementKind: Sendable {
    /// A command, pipeline or expression; its non-null value is sent to the host's output.
    case expression(Expression)
    /// `let name = value`.
    case declare(name: Symbol, value: Expression)
    /// `name = value` (the variable must exist).
    case assign(name: Symbol, value: Expression)
    /// `name += value`: appends to a string or list, adds to a number.
    case append(name: Symbol, value: Expression)
    /// `if cond { } else { }`.
    case conditional(condition: Expression, then: Block, otherwise: Block?)
    /// `while cond { }`.
    case loop(condition: Expression, body: Block)
    /// `foreach name in source [parallel N] { }`.
    case foreach(variable: Symbol, source: Expression, parallel: Expression?, body: Block)
    /// `def name(params) { }`.
    case define(name: String, parameters: [Symbol], body: Block)
    /// `return [value]`.
    case returnValue(Expression?)
    /// `break`.
    case breakLoop
    /// `continue`.
    case continueLoop
    /// `try { } catch name { }`.
    case attempt(body: Block, errorName: Symbol?, handler: Block)
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
