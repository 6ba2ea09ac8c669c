/// An expression node with its source range (see ``SyntaxNode``). It is pure when it contains no
/// command, call or pipeline, so it evaluates without suspending.
typealias Expression = SyntaxNode<ExpressionKind>

extension ExpressionKind: SyntaxKind {
    var isPure: Bool {
        switch self {
        case .literal, .bareWord, .variable, .field, .filePath: return true
        case .interpolated(let parts):
            return parts.allSatisfy { if case .expression(let e) = $0 { return e.isPure } else { return true } }
        case .list(let elements): return elements.allSatisfy(\.isPure)
        case .record(let entries): return entries.allSatisfy(\.value.isPure)
        case .member(let base, _): return base.isPure
        case .index(let base, let index): return base.isPure && index.isPure
        case .unary(_, let operand): return operand.isPure
        case .binary(_, let left, let right): return left.isPure && right.isPure
        case .call, .command, .pipeline: return false
        }
    }
}

/// Binary operators, loosest first: `or`, `and`, comparisons, `+ -`, `* / %`.
enum BinaryOperator: String, Sendable {
    /// `or`
    case or
    /// `and`
    case and
    /// `==`
    case equal = "=="
    /// `!=`
    case notEqual = "!="
    /// `<`
    case less = "<"
    /// `<=`
    case lessOrEqual = "<="
    /// `>`
    case greater = ">"
    /// `>=`
    case greaterOrEqual = ">="
    /// `in` (membership in a list, key of a record, substring of a string)
    case `in`
    /// `+`
    case add = "+"
    /// `-`
    case subtract = "-"
    /// `*`
    case multiply = "*"
    /// `/`
    case divide = "/"
    /// `%`
    case remainder = "%"
}

/// Unary operators.
enum UnaryOperator: String, Sendable {
    /// `-x`
    case negate = "-"
    /// `not x`
    case not
}

/// One entry of a record literal.
struct RecordEntry: Sendable {
    /// The key.
    var key: String
    /// The value.
    var value: Expression
}

/// A piece of an interpolated string.
enum InterpolatedPart: Sendable {
    /// Literal text.
    case text(String)
    /// An embedded `${...}` expression.
    case expression(Expression)
}

/// The kinds of expressions.
indirect enum ExpressionKind: Sendable {
    /// A constant: number, duration, plain string, `true`, `false`, `null`.
    case literal(Literal)
    /// A bare word in argument position, such as `node22` in `runtime=node22` (a string).
    case bareWord(String)
    /// A string with `${...}` parts.
    case interpolated([InterpolatedPart])
    /// `$name`.
    case variable(Symbol)
    /// A bare name inside an expression: a field of the current record (`status` in `where status == "failed"`).
    case field(String)
    /// `@path`: the file's contents as a string.
    case filePath(String)
    /// `[a, b]`.
    case list([Expression])
    /// `{key: value}`.
    case record([RecordEntry])
    /// `x.name`.
    case member(Expression, String)
    /// `x[i]`.
    case index(Expression, Expression)
    /// `name(args)`: a built-in function or a user procedure.
    case call(Command)
    /// `-x`, `not x`.
    case unary(UnaryOperator, Expression)
    /// `x op y`.
    case binary(BinaryOperator, Expression, Expression)
    /// `VERB NOUN args name=value`.
    case command(Command)
    /// `source | stage | stage`.
    case pipeline(Pipeline)
}

/// A command or call: a name and its arguments.
struct Command: Sendable {
    /// The verb, built-in or procedure name.
    var name: String
    /// Where the name is.
    var nameRange: SourceRange
    /// The arguments in source order.
    var arguments: [Argument]

    /// The bare words the arguments start with: where a noun phrase is looked for (`function version`).
    var leadingWords: [String] {
        arguments.prefix { $0.bareWord != nil }.compactMap(\.bareWord)
    }
}

/// One argument of a command or call.
struct Argument: Sendable {
    /// The parameter name for `name=value`, `nil` for a positional argument.
    var name: String?
    /// The value expression.
    var value: Expression
    /// Where the argument starts (its name for `name=value`).
    var start: SourceRange

    /// Creates an argument.
    init(name: String?, value: Expression, start: SourceRange? = nil) {
        self.name = name
        self.value = value
        self.start = start ?? value.range
    }

    /// The bare word, if this positional argument is one (candidates for the noun phrase).
    var bareWord: String? {
        if name == nil, case .bareWord(let word) = value.kind { return word }
        return nil
    }
}

/// `source | stage | ...`.
struct Pipeline: Sendable {
    /// What feeds the pipeline: a command or any expression.
    var source: Expression
    /// The stages in order.
    var stages: [PipelineStage]
}

/// One stage of a pipeline, with its range.
struct PipelineStage: Sendable {
    /// What the stage does.
    var kind: PipelineStageKind
    /// Where it is.
    var range: SourceRange
}

/// Pipeline stages. Inside `where`, `select` and `sort`, bare names are fields of the current item.
enum PipelineStageKind: Sendable {
    /// `where COND`: keep the items for which the condition is true.
    case filter(Expression)
    /// `select f1, f2`: keep only these fields of each record.
    case select([String])
    /// `sort KEY [desc]`.
    case sort(Expression, descending: Bool)
    /// `first N`: the first N items (pulls only N from a stream); `first` alone: the first item
    /// itself (null when there is none).
    case first(Expression?)
    /// `count`: the number of items.
    case count
    /// `VERB NOUN args`: runs the command once per item, the item being the first positional argument
    /// after the noun (`list builds | where ... | delete build`).
    case command(Command)
}
