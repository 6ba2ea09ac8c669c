/// A pure statement compiled to a closure (see ``Statement/isPure``).
typealias CompiledStatement = @Sendable (Machine, Frame) throws(Unwind) -> Void

/// Compiles pure statements into closures (for ``TreeCompiler``), so hot loops run without
/// walking (and copying) the tree.
enum StatementCompiler {
    static func compile(_ kind: StatementKind, _ range: SourceRange) -> CompiledStatement {
        switch kind {
        case .declare(let name, let value):
            let code = expression(value)
            return { machine, frame throws(Unwind) in frame.scope.define(name, try code(machine, frame)) }
        case .assign(let name, let value):
            let code = expression(value)
            if let number = value.number, NumberCompiler.isOperation(value.kind) {
                // Arithmetic on numbers (`acc = $acc + $i`): the number form directly.
                return { machine, frame throws(Unwind) in
                    let newValue: Value = if let n = number(frame) { .number(n) } else { try code(machine, frame) }
                    try machine.assign(name, newValue, range, frame)
                }
            }
            return { machine, frame throws(Unwind) in try machine.assign(name, try code(machine, frame), range, frame) }
        case .append(let name, let value):
            if case .list(let items) = value.kind, items.count == 1 {
                return appendOne(name, expression(items[0]), value.range, range)
            }
            let code = expression(value)
            return { machine, frame throws(Unwind) in try machine.append(name, try code(machine, frame), range, frame) }
        case .conditional(let condition, let then, let otherwise):
            let test = expression(condition)
            let thenCode = code(of: then)
            let elseCode = if let otherwise { code(of: otherwise) } else { nothing }
            return { machine, frame throws(Unwind) in
                if try test(machine, frame).isTruthy {
                    try thenCode(machine, frame)
                } else {
                    try elseCode(machine, frame)
                }
            }
        case .loop(let condition, let body):
            let test = expression(condition)
            let bodyCode = code(of: body)
            return { machine, frame throws(Unwind) in
                var poll = CancellationPoll()
                while try test(machine, frame).isTruthy {
                    try poll.check()
                    guard try LoopControl.pass(bodyCode, machine, frame) else { break }
                }
            }
        case .breakLoop:
            return { _, _ throws(Unwind) in throw .breakLoop }
        case .continueLoop:
            return { _, _ throws(Unwind) in throw .continueLoop }
        case .returnValue(let value):
            guard let value else { return { _, _ throws(Unwind) in throw .returned(.null) } }
            let code = expression(value)
            return { machine, frame throws(Unwind) in throw .returned(try code(machine, frame)) }
        case .expression, .foreach, .define, .attempt, .exit, .source:
            return { _, frame throws(Unwind) in throw frame.error("internal: statement is not pure", at: range) }
        }
    }

    /// `name += [x]`, the idiom for growing a list: `x` joins the list where it is, without a list
    /// of one being built first. The checks and errors are those of building `[x]` and appending it.
    private static func appendOne(
        _ name: Symbol, _ element: @escaping CompiledExpression, _ literalRange: SourceRange, _ range: SourceRange
    ) -> CompiledStatement {
        { machine, frame throws(Unwind) in
            let item = try element(machine, frame)
            let limit = machine.limits.valueDepth
            guard ContainerCompiler.fitsInList(item, depthLimit: limit) else {
                throw frame.error(Value.tooDeep(limit), at: literalRange)
            }
            try machine.append(name, element: item, range, frame)
        }
    }

    /// The compiled form of an empty block.
    static let nothing: CompiledStatement = { _, _ throws(Unwind) in }

    /// One closure running the compiled `statements` in order: a chain of direct calls. (Closures
    /// kept in an array would each go through reabstraction thunks on every call.)
    static func sequence(_ statements: [Statement]) -> CompiledStatement {
        guard statements.count <= 16 else {
            // Long blocks (generated scripts) loop instead, so the chain never runs deep.
            let all = statements.compactMap { $0.callingCode?.run }
            return { machine, frame throws(Unwind) in
                for code in all { try code(machine, frame) }
            }
        }
        var combined: CompiledStatement?
        for statement in statements.reversed() {
            guard let code = statement.callingCode?.run else { continue }
            if let next = combined {
                combined = { machine, frame throws(Unwind) in
                    try code(machine, frame)
                    try next(machine, frame)
                }
            } else {
                combined = code
            }
        }
        guard let combined else { return nothing }
        return combined
    }

    /// A block's compiled form. (Not `compiled ?? nothing`: the generic `??` would wrap the closure
    /// in a pair of reabstraction thunks that every call then goes through.)
    private static func code(of block: Block) -> CompiledStatement {
        guard let compiled = block.callingCode?.run else { return nothing }
        return compiled
    }

    private static func expression(_ expression: Expression) -> CompiledExpression {
        ExpressionCompiler.code(of: expression)
    }
}
