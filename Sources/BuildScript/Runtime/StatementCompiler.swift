/// A pure statement compiled to a closure (see ``Statement/isPure``).
typealias CompiledStatement = @Sendable (Machine, Frame) throws(Unwind) -> Void

/// Compiles pure statements into closures when the parser builds them, so hot loops run without
/// walking (and copying) the tree.
enum StatementCompiler {
    static func compile(_ kind: StatementKind, _ range: SourceRange) -> CompiledStatement {
        switch kind {
        case .declare(let name, let value):
            let code = expression(value)
            return { machine, frame throws(Unwind) in frame.scope.define(name, try code(machine, frame)) }
        case .assign(let name, let value):
            let code = expression(value)
            return { machine, frame throws(Unwind) in
                let newValue = try code(machine, frame)
                let (owner, slot) = try machine.writableSlot(of: name, range, frame)
                owner.values[slot] = newValue
            }
        case .append(let name, let value):
            let code = expression(value)
            return { machine, frame throws(Unwind) in
                let addend = try code(machine, frame)
                let (owner, slot) = try machine.writableSlot(of: name, range, frame)
                try machine.appendInPlace(owner, slot, addend, range, frame)
            }
        case .conditional(let condition, let then, let otherwise):
            let test = expression(condition)
            let thenCode = then.compiled ?? nothing
            let elseCode = otherwise?.compiled ?? nothing
            return { machine, frame throws(Unwind) in
                if try test(machine, frame).isTruthy {
                    try thenCode(machine, frame)
                } else {
                    try elseCode(machine, frame)
                }
            }
        case .loop(let condition, let body):
            let test = expression(condition)
            let bodyCode = body.compiled ?? nothing
            return { machine, frame throws(Unwind) in
                var iterations = 0
                while try test(machine, frame).isTruthy {
                    iterations &+= 1
                    if iterations & 63 == 0, Task.isCancelled { throw .cancelled }
                    do throws(Unwind) {
                        try bodyCode(machine, frame)
                    } catch .breakLoop {
                        break
                    } catch .continueLoop {
                        continue
                    }
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

    /// The compiled form of an empty block.
    static let nothing: CompiledStatement = { _, _ throws(Unwind) in }

    /// One closure running the compiled `statements` in order: a chain of direct calls. (Closures
    /// kept in an array would each go through reabstraction thunks on every call.)
    static func sequence(_ statements: [Statement]) -> CompiledStatement {
        guard statements.count <= 16 else {
            // Long blocks (generated scripts) loop instead, so the chain never runs deep.
            let all = statements.compactMap(\.compiled)
            return { machine, frame throws(Unwind) in
                for code in all { try code(machine, frame) }
            }
        }
        var combined: CompiledStatement?
        for statement in statements.reversed() {
            guard let code = statement.compiled else { continue }
            if let next = combined {
                combined = { machine, frame throws(Unwind) in
                    try code(machine, frame)
                    try next(machine, frame)
                }
            } else {
                combined = code
            }
        }
        return combined ?? nothing
    }

    private static func expression(_ expression: Expression) -> CompiledExpression {
        if let compiled = expression.compiled { return compiled }
        let (kind, range) = (expression.kind, expression.range)
        return { machine, frame throws(Unwind) in try machine.evaluatePure(kind: kind, range: range, frame) }
    }
}
