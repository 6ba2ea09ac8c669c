/// A pure expression compiled to a closure: evaluation without walking (and copying) the tree.
typealias CompiledExpression = @Sendable (Machine, Frame) throws(Unwind) -> Value

/// Compiles pure expressions into closures when the parser builds them. The hot shapes (constants,
/// variables, arithmetic and comparisons on numbers, interpolation, field access) get their own
/// closures; the rest fall back to ``Machine/evaluatePure(kind:range:_:)``.
enum ExpressionCompiler {
    static func compile(_ kind: ExpressionKind, _ range: SourceRange) -> CompiledExpression {
        switch kind {
        case .literal(let value):
            return { _, _ throws(Unwind) in value }
        case .bareWord(let word):
            let value = Value.string(word)
            return { _, _ throws(Unwind) in value }
        case .variable(let symbol):
            return { machine, frame throws(Unwind) in
                if let value = frame.scope.lookup(symbol) { return value }
                return try machine.evaluatePure(kind: kind, range: range, frame)
            }
        case .binary(let op, let left, let right):
            guard let l = left.compiled, let r = right.compiled, op != .and, op != .or else { break }
            return binary(op, l, r, range)
        case .interpolated(let parts):
            let pieces: [Piece] = parts.map { part in
                switch part {
                case .text(let text): return .text(text)
                case .expression(let e): return e.compiled.map(Piece.code) ?? .text("")
                }
            }
            return { machine, frame throws(Unwind) in
                var text = ""
                for piece in pieces {
                    switch piece {
                    case .text(let t): text += t
                    case .code(let code):
                        let value = try code(machine, frame)
                        text += value.description
                    }
                }
                return .string(text)
            }
        case .member(let base, let name):
            guard let b = base.compiled else { break }
            return { machine, frame throws(Unwind) in
                let value = try b(machine, frame)
                if case .record(let fields) = value, let field = fields[name] { return field }
                return try machine.member(value, name, range, frame)
            }
        case .field(let name):
            return { machine, frame throws(Unwind) in
                if case .record(let fields)? = frame.item, let field = fields[name] { return field }
                return try machine.evaluatePure(kind: kind, range: range, frame)
            }
        default:
            break
        }
        return { machine, frame throws(Unwind) in try machine.evaluatePure(kind: kind, range: range, frame) }
    }

    private enum Piece: Sendable {
        case text(String)
        case code(CompiledExpression)
    }

    private static func binary(
        _ op: BinaryOperator, _ l: @escaping CompiledExpression, _ r: @escaping CompiledExpression, _ range: SourceRange
    ) -> CompiledExpression {
        func numeric(_ apply: @escaping @Sendable (Double, Double) -> Value?) -> CompiledExpression {
            return { machine, frame throws(Unwind) in
                let a = try l(machine, frame)
                let b = try r(machine, frame)
                if case .number(let x) = a, case .number(let y) = b, let result = apply(x, y) { return result }
                return try machine.binary(op, a, b, range, frame)
            }
        }
        switch op {
        case .add: return numeric { .number($0 + $1) }
        case .subtract: return numeric { .number($0 - $1) }
        case .multiply: return numeric { .number($0 * $1) }
        case .remainder:
            return numeric { a, b in
                guard let x = Int64(exactly: a), let y = Int64(exactly: b), y != 0 else { return nil }
                let (remainder, overflow) = x.remainderReportingOverflow(dividingBy: y)
                return overflow ? nil : .number(Double(remainder))
            }
        case .less: return numeric { .bool($0 < $1) }
        case .lessOrEqual: return numeric { .bool($0 <= $1) }
        case .greater: return numeric { .bool($0 > $1) }
        case .greaterOrEqual: return numeric { .bool($0 >= $1) }
        case .equal:
            return { machine, frame throws(Unwind) in
                let a = try l(machine, frame)
                let b = try r(machine, frame)
                switch (a, b) {
                case (.number(let x), .number(let y)): return .bool(x == y)
                case (.string(let x), .string(let y)): return .bool(x == y)
                default: return try machine.binary(op, a, b, range, frame)
                }
            }
        default:
            return numeric { _, _ in nil }
        }
    }
}
