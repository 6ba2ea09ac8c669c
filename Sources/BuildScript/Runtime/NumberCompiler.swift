/// A pure arithmetic expression compiled to produce its number directly, without building a
/// ``Value`` at every node. `nil` means "not on this path": an operand is not a number, or the
/// operation would fail. The caller then runs the expression's general closure, which (a pure
/// expression having no effects) gives the same value, or the error with its location.
typealias CompiledNumber = @Sendable (Frame) -> Double?

/// Compiles arithmetic on numbers (`$acc + $i * 3 % 7`): number literals, variables, `+ - * / %`
/// and negation. Each operation is the ``NumberOperator`` that ``Operators`` applies to two numbers.
enum NumberCompiler {
    static func compile(_ kind: ExpressionKind) -> CompiledNumber? {
        switch kind {
        case .literal(.number(let n)):
            return { _ in n }
        case .variable(let symbol):
            return { frame in number(symbol, frame) }
        case .unary(.negate, let operand):
            guard let x = operand.number else { return nil }
            return { frame in x(frame).map(Operators.negated) }
        case .binary(let op, let left, let right):
            guard let (l, r, constant) = operands(left, right) else { return nil }
            switch op {
            case .add: return operation(Operators.Sum.self, left, l, r, constant)
            case .subtract: return operation(Operators.Difference.self, left, l, r, constant)
            case .multiply: return operation(Operators.Product.self, left, l, r, constant)
            case .divide: return operation(Operators.Quotient.self, left, l, r, constant)
            case .remainder:
                if let constant, let y = WholeNumber.int64(constant), y != 0, y != -1 {
                    return remainder(left, l, dividingBy: y)
                }
                return operation(Operators.Remainder.self, left, l, r, constant)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// A comparison of two numbers (`$i % 3 == 0`), `nil` when an operand is not a number.
    static func comparison(_ op: BinaryOperator, _ left: Expression, _ right: Expression) -> (@Sendable (Frame) -> Bool?)? {
        guard let (l, r, constant) = operands(left, right) else { return nil }
        switch op {
        case .equal: return operation(Operators.Equal.self, left, l, r, constant)
        case .notEqual: return operation(Operators.NotEqual.self, left, l, r, constant)
        case .less: return operation(Operators.Less.self, left, l, r, constant)
        case .lessOrEqual: return operation(Operators.LessOrEqual.self, left, l, r, constant)
        case .greater: return operation(Operators.Greater.self, left, l, r, constant)
        case .greaterOrEqual: return operation(Operators.GreaterOrEqual.self, left, l, r, constant)
        default: return nil
        }
    }

    /// The number forms of two operands, and the right one's value when it is a number literal.
    private static func operands(_ left: Expression, _ right: Expression) -> (CompiledNumber, CompiledNumber, Double?)? {
        guard let l = left.number, let r = right.number else { return nil }
        if case .literal(.number(let n)) = right.kind { return (l, r, n) }
        return (l, r, nil)
    }

    /// Whether `kind` is an operation whose number form is worth trying before its general closure
    /// (leaves are read directly).
    static func isOperation(_ kind: ExpressionKind) -> Bool {
        switch kind {
        case .binary, .unary: return true
        default: return false
        }
    }

    /// The number in a variable, if it holds one.
    @inline(__always)
    static func number(_ symbol: Symbol, _ frame: Frame) -> Double? {
        let scope = frame.scope
        if let slot = scope.slot(symbol) {
            if case .number(let n) = scope.values[slot] { return n }
            return nil
        }
        if case .number(let n)? = scope.lookup(symbol) { return n }
        return nil
    }

    /// An operation on two numbers, specialised for a variable on the left and a literal on the right.
    private static func operation<Operation: NumberOperator>(
        _: Operation.Type, _ left: Expression, _ l: @escaping CompiledNumber, _ r: @escaping CompiledNumber, _ constant: Double?
    ) -> @Sendable (Frame) -> Operation.Result? {
        if case .variable(let symbol) = left.kind {
            // A variable on the left (`$i * 3`, `$acc + ...`): read in place, not through its closure.
            if let y = constant {
                return { frame in
                    guard let a = number(symbol, frame) else { return nil }
                    return Operation.apply(a, y)
                }
            }
            return { frame in
                guard let a = number(symbol, frame), let b = r(frame) else { return nil }
                return Operation.apply(a, b)
            }
        }
        if let y = constant {
            // A number literal on the right: no second closure call.
            return { frame in
                guard let a = l(frame) else { return nil }
                return Operation.apply(a, y)
            }
        }
        return { frame in
            guard let a = l(frame), let b = r(frame) else { return nil }
            return Operation.apply(a, b)
        }
    }

    /// `x % y` for a whole, non-zero literal `y` other than -1 (`$i % 10`): converted once, and no
    /// overflow is possible (``Operators/Remainder/apply(_:byWhole:)``).
    private static func remainder(_ left: Expression, _ l: @escaping CompiledNumber, dividingBy y: Int64) -> CompiledNumber {
        if case .variable(let symbol) = left.kind {
            return { frame in number(symbol, frame).map { Operators.Remainder.apply($0, byWhole: y) } }
        }
        return { frame in l(frame).map { Operators.Remainder.apply($0, byWhole: y) } }
    }
}
