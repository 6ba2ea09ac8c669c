/// One binary operator on two numbers, as a type: the one place its meaning for numbers is written.
/// ``Operators/binary(_:_:_:limits:)`` applies it to two number values, and the compiled fast paths
/// (``NumberCompiler``, ``ExpressionCompiler``) call the same type, each closure specialised for
/// its operator, so no path can mean something else.
protocol NumberOperator: Sendable {
    associatedtype Result: NumberResult
    /// The result for `a` and `b`, or `nil` where the operator fails for them (see ``failure``).
    static func apply(_ a: Double, _ b: Double) -> Result?
    /// Why ``apply(_:_:)`` gave no result (division by zero).
    static var failure: OperationFailure { get }
}

extension NumberOperator {
    /// Operators that always have a result never fail.
    static var failure: OperationFailure { OperationFailure(message: "internal: no result") }
}

/// What a number operator gives: a number (arithmetic) or a truth value (comparisons).
protocol NumberResult: Sendable {
    /// The result as a script value.
    var scriptValue: Value { get }
}

extension Double: NumberResult {
    @inline(__always) var scriptValue: Value { .number(self) }
}

extension Bool: NumberResult {
    @inline(__always) var scriptValue: Value { .bool(self) }
}

extension Operators {
    /// `+`.
    enum Sum: NumberOperator {
        @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double? { a + b }
    }

    /// `-`.
    enum Difference: NumberOperator {
        @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double? { a - b }
    }

    /// `*`.
    enum Product: NumberOperator {
        @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double? { a * b }
    }

    /// `/`: no result for a zero divisor.
    enum Quotient: NumberOperator {
        @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double? { b == 0 ? nil : a / b }
        static var failure: OperationFailure { OperationFailure(message: "division by zero") }
    }

    /// `%`: no result for a zero divisor. Whole numbers divide as integers (exact, faster than
    /// `fmod`, and `-4 % 2` is 0, not -0); others truncate, keeping the dividend's sign.
    enum Remainder: NumberOperator {
        @inline(__always)
        static func apply(_ a: Double, _ b: Double) -> Double? {
            guard b != 0 else { return nil }
            if let x = WholeNumber.int64(a), let y = WholeNumber.int64(b) {
                let (remainder, overflow) = x.remainderReportingOverflow(dividingBy: y)
                if !overflow { return Double(remainder) }
            }
            return a.truncatingRemainder(dividingBy: b)
        }

        /// `a % y` for a whole divisor other than 0 and -1, where no overflow is possible: what
        /// ``apply(_:_:)`` gives for `Double(y)`, with the divisor converted once (`$i % 10`).
        @inline(__always)
        static func apply(_ a: Double, byWhole y: Int64) -> Double {
            if let x = WholeNumber.int64(a) { return Double(x % y) }
            return a.truncatingRemainder(dividingBy: Double(y))
        }

        static var failure: OperationFailure { OperationFailure(message: "remainder by zero") }
    }

    /// `==` (IEEE: `nan` equals nothing).
    enum Equal: NumberOperator {
        @inline(__always) static func apply(_ a: Double, _ b: Double) -> Bool? { a == b }
    }

    /// `!=`: not `==`.
    enum NotEqual: NumberOperator {
        @inline(__always) static func apply(_ a: Double, _ b: Double) -> Bool? { Equal.apply(a, b).map { !$0 } }
    }

    /// `<` (IEEE: false when either is `nan`).
    enum Less: NumberOperator {
        @inline(__always) static func apply(_ a: Double, _ b: Double) -> Bool? { a < b }
    }

    /// `<=`.
    enum LessOrEqual: NumberOperator {
        @inline(__always) static func apply(_ a: Double, _ b: Double) -> Bool? { a <= b }
    }

    /// `>`.
    enum Greater: NumberOperator {
        @inline(__always) static func apply(_ a: Double, _ b: Double) -> Bool? { a > b }
    }

    /// `>=`.
    enum GreaterOrEqual: NumberOperator {
        @inline(__always) static func apply(_ a: Double, _ b: Double) -> Bool? { a >= b }
    }

    /// `op` on two numbers, or `nil` for the operators numbers do not define (`and`, `or`, `in`:
    /// the general rules decide those).
    static func numbers(_ op: BinaryOperator, _ a: Double, _ b: Double) throws(OperationFailure) -> Value? {
        switch op {
        case .add: return try value(Sum.self, a, b)
        case .subtract: return try value(Difference.self, a, b)
        case .multiply: return try value(Product.self, a, b)
        case .divide: return try value(Quotient.self, a, b)
        case .remainder: return try value(Remainder.self, a, b)
        case .equal: return try value(Equal.self, a, b)
        case .notEqual: return try value(NotEqual.self, a, b)
        case .less: return try value(Less.self, a, b)
        case .lessOrEqual: return try value(LessOrEqual.self, a, b)
        case .greater: return try value(Greater.self, a, b)
        case .greaterOrEqual: return try value(GreaterOrEqual.self, a, b)
        case .and, .or, .in: return nil
        }
    }

    /// `Operator`'s result for two numbers, or its failure.
    @inline(__always)
    static func value<Operator: NumberOperator>(_: Operator.Type, _ a: Double, _ b: Double) throws(OperationFailure) -> Value {
        guard let result = Operator.apply(a, b) else { throw Operator.failure }
        return result.scriptValue
    }
}
