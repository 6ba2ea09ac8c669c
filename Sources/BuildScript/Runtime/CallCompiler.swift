import Synchronization

/// Compiles calls (`fib($n - 1)`, `upper($w)`) and the expressions and statements around them into
/// closures that run without suspending, for when every call they make turns out to be one that
/// never suspends: a procedure whose body is compiled the same way, or a pure built-in function.
///
/// Which procedure or function a name calls is known only when the code runs (a `def` can come
/// later or be run again), so this code is never run blindly: the machine first checks every call
/// it would make (``Machine/callsRunDirectly(_:from:)``, from the ``CallSite``s listed here), and
/// otherwise walks the tree as before. Nothing the check passes can suspend: a direct procedure
/// body holds no `def`, command, pipeline or loop over a stream, and a built-in whose list
/// parameter would read a stream (suspending) is only called directly when no argument can be one.
/// The closures apply the rules the walker applies (``Machine/call(_:range:_:isCallSyntax:injected:)``),
/// through the same functions, so results, errors and their locations are the same.
enum CallCompiler {
    /// Bumped by every `def` and every new run: what a procedure's calls resolve to, which
    /// ``Procedure`` keeps checked, holds until it changes.
    static let definitions = Atomic<Int>(1)

    /// Built-in functions that never return a stream, so a call of one can be the argument of a
    /// list parameter (`join(split($s, "-"), "+")`) in a direct call.
    static let streamFreeFunctions: Set<String> = [
        "len", "type", "str", "repr", "num", "range", "json", "parse_json", "upper", "lower", "trim", "split",
        "join", "contains", "starts_with", "ends_with", "replace", "substr", "format_number", "push", "keys",
        "values", "has", "sum", "reverse", "sorted", "unique", "slice", "time", "duration", "seconds",
    ]

    /// The compiled form of an expression that is not pure but whose calls may run directly; nil
    /// when it holds a command or pipeline, or a part that cannot be compiled.
    static func expression(_ kind: ExpressionKind, _ range: SourceRange) -> CompiledExpression? {
        switch kind {
        case .command, .pipeline:
            return nil
        case .call(let command):
            guard command.arguments.allSatisfy({ $0.value.callingCode != nil }) else { return nil }
            return call(command, range)
        default:
            guard children(of: kind).allSatisfy({ $0.callingCode != nil }) else { return nil }
            return ExpressionCompiler.compile(kind, range)
        }
    }

    /// The compiled form of a statement that is not pure but whose calls may run directly, with
    /// the calls to check; nil for any other statement.
    static func statement(_ kind: StatementKind, _ range: SourceRange) -> StatementCode? {
        var sites: [CallSite] = []
        switch kind {
        case .expression(let e):
            // A call whose value is dropped: only a procedure returning nothing (a value would be
            // output, which suspends), which the check makes sure of.
            guard case .call = e.kind, let run = e.callingCode else { return nil }
            collect(e, into: &sites, isStatement: true)
            let code: CompiledStatement = { machine, frame throws(Unwind) in
                guard case .null = try run(machine, frame) else {
                    throw frame.error("internal: a call run directly returned a value to output", at: range)
                }
            }
            return StatementCode(run: code, sites: sites)
        case .declare(_, let value), .assign(_, let value), .append(_, let value):
            guard value.callingCode != nil else { return nil }
            collect(value, into: &sites)
        case .returnValue(let value?):
            guard value.callingCode != nil else { return nil }
            collect(value, into: &sites)
        case .conditional(let condition, let then, let otherwise):
            guard condition.callingCode != nil, let thenCode = then.callingCode else { return nil }
            collect(condition, into: &sites)
            sites += thenCode.sites
            if let otherwise {
                guard let elseCode = otherwise.callingCode else { return nil }
                sites += elseCode.sites
            }
        case .loop(let condition, let body):
            guard condition.callingCode != nil, let bodyCode = body.callingCode else { return nil }
            collect(condition, into: &sites)
            sites += bodyCode.sites
        default:
            return nil
        }
        return StatementCode(run: StatementCompiler.compile(kind, range), sites: sites, returnsValue: returnsValue(kind))
    }

    /// Whether a statement holds a `return` with a value.
    static func returnsValue(_ kind: StatementKind) -> Bool {
        switch kind {
        case .returnValue(let value): return value != nil
        case .conditional(_, let then, let otherwise):
            return returnsValue(then) || otherwise.map(returnsValue) ?? false
        case .loop(_, let body), .foreach(_, _, _, let body): return returnsValue(body)
        case .attempt(let body, _, let handler): return returnsValue(body) || returnsValue(handler)
        default: return false
        }
    }

    private static func returnsValue(_ block: Block) -> Bool {
        block.statements.contains { returnsValue($0.kind) }
    }

    /// `name(arguments)`, run directly.
    private static func call(_ command: Command, _ range: SourceRange) -> CompiledExpression {
        let call = DirectCall(command: command, range: range, runs: command.arguments.map { ExpressionCompiler.code(of: $0.value) })
        return { machine, frame throws(Unwind) in try machine.callDirectly(call, frame) }
    }

    /// The calls in `expression`, outermost first.
    private static func collect(_ expression: Expression, into sites: inout [CallSite], isStatement: Bool = false) {
        if case .call(let command) = expression.kind {
            var streamFree = true
            var builtins: [String] = []
            for argument in command.arguments {
                switch argument.value.kind {
                case .literal, .bareWord, .interpolated, .list, .record, .filePath, .unary, .binary: break
                case .call(let inner) where streamFreeFunctions.contains(inner.name): builtins.append(inner.name)
                default: streamFree = false
                }
            }
            sites.append(CallSite(
                name: command.name, hasNamedArguments: command.arguments.contains { $0.name != nil }, isStatement: isStatement,
                argumentsAreStreamFree: streamFree, builtinArguments: builtins))
            for argument in command.arguments { collect(argument.value, into: &sites) }
            return
        }
        for child in children(of: expression.kind) { collect(child, into: &sites) }
    }

    private static func children(of kind: ExpressionKind) -> [Expression] {
        switch kind {
        case .literal, .bareWord, .variable, .field, .filePath: return []
        case .interpolated(let parts):
            return parts.compactMap { if case .expression(let e) = $0 { return e } else { return nil } }
        case .list(let elements): return elements
        case .record(let entries): return entries.map(\.value)
        case .member(let base, _): return [base]
        case .index(let base, let index): return [base, index]
        case .unary(_, let operand): return [operand]
        case .binary(_, let left, let right): return [left, right]
        case .call(let command), .command(let command): return command.arguments.map(\.value)
        case .pipeline: return []
        }
    }
}

/// A call in compiled code, as the check before running the code directly sees it.
struct CallSite: Sendable {
    /// The procedure or function name.
    let name: String
    /// Whether an argument is written `name=value` (which a procedure refuses, walked).
    let hasNamedArguments: Bool
    /// Whether the call is a statement of its own, whose value would be output unless null.
    let isStatement: Bool
    /// Whether no argument can be a stream: literals, operators and calls of the functions in
    /// ``CallCompiler/streamFreeFunctions`` (named in `builtinArguments`, which must be built-ins).
    let argumentsAreStreamFree: Bool
    let builtinArguments: [String]
}

/// A call compiled to run directly: the call as parsed (its names and ranges), the call's range,
/// and each argument's compiled value in order.
struct DirectCall: Sendable {
    let command: Command
    let range: SourceRange
    /// The arguments' closures, one per `command.arguments` element.
    let runs: [CompiledExpression]

    /// The procedure or function name.
    var name: String { command.name }
}
