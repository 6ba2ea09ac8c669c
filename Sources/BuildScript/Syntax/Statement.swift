/// A statement node with its source range (see ``SyntaxNode``). It is pure when it runs without
/// suspending: no commands, calls, pipelines, output or `foreach`.
typealias Statement = SyntaxNode<StatementKind>

/// A `{ ... }` sequence of statements.
struct Block: Sendable {
    /// The statements in order.
    let statements: [Statement]
    /// Where the block is, braces included.
    let range: SourceRange
    /// Whether every statement is pure (see ``Statement/isPure``).
    let isPure: Bool
    /// What the compile pass attached: the statements of a pure block run in order by one closure.
    let code: NodeCode?

    /// Creates a block.
    init(statements: [Statement], range: SourceRange) {
        self.init(statements: statements, range: range, code: nil)
    }

    /// Creates a block carrying the compile pass's `code`.
    init(statements: [Statement], range: SourceRange, code: NodeCode?) {
        self.statements = statements
        self.range = range
        self.isPure = statements.allSatisfy(\.isPure)
        self.code = code
    }
}

extension StatementKind: SyntaxKind {
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
indirect enum StatementKind: Sendable {
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
struct Program: Sendable {
    /// The top-level statements.
    var statements: [Statement]
    /// The file name or label.
    var file: String
}
