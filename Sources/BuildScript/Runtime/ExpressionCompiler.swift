/// A pure expression compiled to a closure: evaluation without walking (and copying) the tree.
typealias CompiledExpression = @Sendable (Machine, Frame) throws(Unwind) -> Value

/// Compiles pure expressions into closures (for ``TreeCompiler``, bottom-up: children first). Every
/// closure applies the rule the tree walker (``Machine/evaluate(_:_:)``) applies to the same node,
/// by calling the same function (``Operators``, ``Machine/variable(_:_:_:)``, ...); the hot shapes
/// (constants, variables, arithmetic and comparisons on numbers, interpolation, field access, list
/// and record literals through ``ContainerCompiler``) only take a shorter way to it.
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

    /// A child's closure. The children of a pure node are pure (and those of a node whose calls
    /// are compiled, ``CallCompiler``, pure or compiled the same way), and compiled before it, so a
    /// compiled tree always has one; a child left uncompiled would be reported, never skipped.
    static func code(of expression: Expression) -> CompiledExpression {
        if let compiled = expression.callingCode { return compiled }
        let range = expression.range
        return { _, frame throws(Unwind) in throw frame.error("internal: an expression was not compiled", at: range) }
    }

    static func compile(_ kind: ExpressionKind, _ range: SourceRange) -> CompiledExpression {
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
                return try machine.variable(symbol, range, frame)
            }
        case .field(let name):
            return { machine, frame throws(Unwind) in
                if case .record(let fields)? = frame.item, let field = fields[name] { return field }
                return try machine.field(name, range, frame)
            }
        case .filePath(let path):
            return { machine, frame throws(Unwind) in try machine.file(path, range, frame) }
        case .interpolated(let parts):
            return InterpolationCompiler.string(of: parts)
        case .list(let elements):
            return ContainerCompiler.list(elements, range)
        case .record(let entries):
            return ContainerCompiler.record(entries, range)
        case .member(let base, let name):
            let b = code(of: base)
            return { machine, frame throws(Unwind) in
                let value = try b(machine, frame)
                if case .record(let fields) = value, let field = fields[name] { return field }
                return try machine.member(value, name, range, frame)
            }
        case .index(let base, let index):
            let (b, i) = (code(of: base), code(of: index))
            return { machine, frame throws(Unwind) in
                try machine.subscripted(try b(machine, frame), try i(machine, frame), range, frame)
            }
        case .unary(let op, let operand):
            let o = code(of: operand)
            return { machine, frame throws(Unwind) in try machine.unary(op, try o(machine, frame), range, frame) }
        case .binary(let op, let left, let right):
            var constant: Double?
            if case .literal(.number(let n)) = right.kind { constant = n }
            var text: String?
            if case .literal(.string(let s)) = right.kind { text = s }
            return binary(op, code(of: left), code(of: right), range, constant: constant, text: text)
        case .call, .command, .pipeline:
            return { _, frame throws(Unwind) in throw frame.error("internal: an impure expression was compiled", at: range) }
        }
    }

    private static func binary(
        _ op: BinaryOperator, _ l: @escaping CompiledExpression, _ r: @escaping CompiledExpression, _ range: SourceRange,
        constant: Double?, text: String?
    ) -> CompiledExpression {
        if let text, op == .equal || op == .notEqual {
            // A string literal on the right (`status == "failed"`): a string on the left is
            // compared at once, without a second closure call or the general equality.
            let b = Value.string(text)
            let equal = op == .equal
            return { machine, frame throws(Unwind) in
                let a = try l(machine, frame)
                if case .string(let s) = a { return .bool((s == text) == equal) }
                return .bool(Operators.equal(a, b) == equal)
            }
        }
        func numeric<Operator: NumberOperator>(_: Operator.Type) -> CompiledExpression {
            if let y = constant {
                // A number literal on the right: no second closure call.
                let b = Value.number(y)
                return { machine, frame throws(Unwind) in
                    let a = try l(machine, frame)
                    if case .number(let x) = a, let result = Operator.apply(x, y) { return result.scriptValue }
                    return try machine.binary(op, a, b, range, frame)
                }
            }
            return { machine, frame throws(Unwind) in
                let a = try l(machine, frame)
                let b = try r(machine, frame)
                if case .number(let x) = a, case .number(let y) = b, let result = Operator.apply(x, y) { return result.scriptValue }
                return try machine.binary(op, a, b, range, frame)
            }
        }
        switch op {
        case .add: return numeric(Operators.Sum.self)
        case .subtract: return numeric(Operators.Difference.self)
        case .multiply: return numeric(Operators.Product.self)
        case .divide: return numeric(Operators.Quotient.self)
        case .remainder:
            if let constant, let y = WholeNumber.int64(constant), y != 0, y != -1 {
                // A whole, non-zero literal divisor (`$i % 10`): converted once; no overflow possible.
                let b = Value.number(constant)
                return { machine, frame throws(Unwind) in
                    let a = try l(machine, frame)
                    if case .number(let x) = a { return .number(Operators.Remainder.apply(x, byWhole: y)) }
                    return try machine.binary(op, a, b, range, frame)
                }
            }
            return numeric(Operators.Remainder.self)
        case .less: return numeric(Operators.Less.self)
        case .lessOrEqual: return numeric(Operators.LessOrEqual.self)
        case .greater: return numeric(Operators.Greater.self)
        case .greaterOrEqual: return numeric(Operators.GreaterOrEqual.self)
        case .equal:
            return { machine, frame throws(Unwind) in .bool(Operators.equal(try l(machine, frame), try r(machine, frame))) }
        case .notEqual:
            return { machine, frame throws(Unwind) in .bool(!Operators.equal(try l(machine, frame), try r(machine, frame))) }
        case .and, .or:
            return { machine, frame throws(Unwind) in
                try Operators.logical(op, try l(machine, frame)) { () throws(Unwind) in try r(machine, frame) }
            }
        case .in:
            return { machine, frame throws(Unwind) in try machine.binary(op, try l(machine, frame), try r(machine, frame), range, frame) }
        }
    }
}
