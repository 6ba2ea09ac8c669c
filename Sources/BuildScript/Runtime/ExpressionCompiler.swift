/// A pure expression compiled to a closure: evaluation without walking (and copying) the tree.
typealias CompiledExpression = @Sendable (Machine, Frame) throws(Unwind) -> Value

/// Compiles pure expressions into closures (for ``TreeCompiler``, bottom-up: children first). The hot shapes (constants,
/// variables, arithmetic and comparisons on numbers, interpolation, field access, list and record
/// literals through ``ContainerCompiler``) get their own closures; the rest fall back to
/// ``Machine/evaluatePure(kind:range:_:)``.
enum ExpressionCompiler {
    static func compile(_ kind: ExpressionKind, _ range: SourceRange, number: CompiledNumber?) -> CompiledExpression {
        let general = compile(kind, range)
        if case .binary(let op, let left, let right) = kind, let test = NumberCompiler.comparison(op, left, right) {
            // A comparison of numbers: no value built for either side.
            return { machine, frame throws(Unwind) in
                if let result = test(frame) { return .bool(result) }
                return try general(machine, frame)
            }
        }
        guard let number, NumberCompiler.isOperation(kind) else { return general }
        // Arithmetic on numbers: one value built at the top, none per node.
        return { machine, frame throws(Unwind) in
            if let n = number(frame) { return .number(n) }
            return try general(machine, frame)
        }
    }

    private static func compile(_ kind: ExpressionKind, _ range: SourceRange) -> CompiledExpression {
        switch kind {
        case .literal(let literal):
            let value = literal.value
            return { _, _ throws(Unwind) in value }
        case .bareWord(let word):
            let value = Value.string(word)
            return { _, _ throws(Unwind) in value }
        case .variable(let symbol):
            return { machine, frame throws(Unwind) in
                let scope = frame.scope
                if let slot = scope.slot(symbol) { return scope.values[slot] }
                if let value = scope.lookup(symbol) { return value }
                return try machine.evaluatePure(kind: kind, range: range, frame)
            }
        case .binary(let op, let left, let right):
            guard let l = left.compiled, let r = right.compiled else { break }
            if op == .and {
                return { machine, frame throws(Unwind) in
                    guard try l(machine, frame).isTruthy else { return .bool(false) }
                    return .bool(try r(machine, frame).isTruthy)
                }
            }
            if op == .or {
                return { machine, frame throws(Unwind) in
                    if try l(machine, frame).isTruthy { return .bool(true) }
                    return .bool(try r(machine, frame).isTruthy)
                }
            }
            var constant: Double?
            if case .literal(.number(let n)) = right.kind { constant = n }
            return binary(op, l, r, range, constant: constant)
        case .interpolated(let parts):
            if let code = InterpolationCompiler.string(of: parts) { return code }
        case .member(let base, let name):
            guard let b = base.compiled else { break }
            return { machine, frame throws(Unwind) in
                let value = try b(machine, frame)
                if case .record(let fields) = value, let field = fields[name] { return field }
                return try machine.member(value, name, range, frame)
            }
        case .list(let elements):
            if let code = ContainerCompiler.list(elements, range) { return code }
        case .record(let entries):
            if let code = ContainerCompiler.record(entries, range) { return code }
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

    private static func binary(
        _ op: BinaryOperator, _ l: @escaping CompiledExpression, _ r: @escaping CompiledExpression, _ range: SourceRange,
        constant: Double?
    ) -> CompiledExpression {
        func numeric<Operation: NumberOperation>(_: Operation.Type) -> CompiledExpression {
            if let y = constant {
                // A number literal on the right: no second closure call.
                let b = Value.number(y)
                return { machine, frame throws(Unwind) in
                    let a = try l(machine, frame)
                    if case .number(let x) = a, let result = Operation.apply(x, y) { return result }
                    return try machine.binary(op, a, b, range, frame)
                }
            }
            return { machine, frame throws(Unwind) in
                let a = try l(machine, frame)
                let b = try r(machine, frame)
                if case .number(let x) = a, case .number(let y) = b, let result = Operation.apply(x, y) { return result }
                return try machine.binary(op, a, b, range, frame)
            }
        }
        switch op {
        case .add: return numeric(Add.self)
        case .subtract: return numeric(Subtract.self)
        case .multiply: return numeric(Multiply.self)
        case .remainder:
            if let constant, let y = Int64(exactly: constant), y != 0, y != -1 {
                // A whole, non-zero literal divisor (`$i % 10`): converted once; no overflow possible.
                let b = Value.number(constant)
                return { machine, frame throws(Unwind) in
                    let a = try l(machine, frame)
                    if case .number(let x) = a, let whole = Int64(exactly: x) { return .number(Double(whole % y)) }
                    return try machine.binary(op, a, b, range, frame)
                }
            }
            return numeric(Remainder.self)
        case .less: return numeric(Less.self)
        case .lessOrEqual: return numeric(LessOrEqual.self)
        case .greater: return numeric(Greater.self)
        case .greaterOrEqual: return numeric(GreaterOrEqual.self)
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
            return numeric(NoFastPath.self)
        }
    }
}

/// A binary operator's number-number fast path (`nil` defers to ``Operators``), as a type so each
/// compiled closure is specialised for its operator.
private protocol NumberOperation: Sendable {
    static func apply(_ a: Double, _ b: Double) -> Value?
}

private enum Add: NumberOperation { static func apply(_ a: Double, _ b: Double) -> Value? { .number(a + b) } }
private enum Subtract: NumberOperation { static func apply(_ a: Double, _ b: Double) -> Value? { .number(a - b) } }
private enum Multiply: NumberOperation { static func apply(_ a: Double, _ b: Double) -> Value? { .number(a * b) } }
private enum Less: NumberOperation { static func apply(_ a: Double, _ b: Double) -> Value? { .bool(a < b) } }
private enum LessOrEqual: NumberOperation { static func apply(_ a: Double, _ b: Double) -> Value? { .bool(a <= b) } }
private enum Greater: NumberOperation { static func apply(_ a: Double, _ b: Double) -> Value? { .bool(a > b) } }
private enum GreaterOrEqual: NumberOperation { static func apply(_ a: Double, _ b: Double) -> Value? { .bool(a >= b) } }
private enum NoFastPath: NumberOperation { static func apply(_ a: Double, _ b: Double) -> Value? { nil } }

private enum Remainder: NumberOperation {
    static func apply(_ a: Double, _ b: Double) -> Value? {
        guard let x = Int64(exactly: a), let y = Int64(exactly: b), y != 0 else { return nil }
        let (remainder, overflow) = x.remainderReportingOverflow(dividingBy: y)
        return overflow ? nil : .number(Double(remainder))
    }
}
