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
            let thenCode = then.compiled ?? []
            let elseCode = otherwise?.compiled ?? []
            return { machine, frame throws(Unwind) in
                for statement in try test(machine, frame).isTruthy ? thenCode : elseCode {
                    try statement(machine, frame)
                }
            }
        case .loop(let condition, let body):
            let test = expression(condition)
            let bodyCode = body.compiled ?? []
            return { machine, frame throws(Unwind) in
                var iterations = 0
                while try test(machine, frame).isTruthy {
                    iterations &+= 1
                    if iterations & 63 == 0, Task.isCancelled { throw .cancelled }
                    do throws(Unwind) {
                        for statement in bodyCode { try statement(machine, frame) }
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

    private static func expression(_ expression: Expression) -> CompiledExpression {
        if let compiled = expression.compiled { return compiled }
        let (kind, range) = (expression.kind, expression.range)
        return { machine, frame throws(Unwind) in try machine.evaluatePure(kind: kind, range: range, frame) }
    }
}
