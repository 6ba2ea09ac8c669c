import Foundation

/// Why an operator could not apply to its operands.
struct OperationFailure: Error {
    let message: String
}

/// What each operator means: arithmetic, comparison, membership and logic on values, written once.
/// Every way of evaluating an expression (the tree walker, ``Machine/evaluate(_:_:)``, and the
/// compiled closures of ``ExpressionCompiler`` and ``NumberCompiler``) calls these, or, for two
/// numbers, the same ``NumberOperator`` types that ``binary(_:_:_:limits:)`` applies.
///
/// Times compare with ISO 8601 strings by parsing the string (API records carry `date_created`
/// as a string): `date_created < now() - 7d` works on records straight from JSON.
enum Operators {
    static func binary(_ op: BinaryOperator, _ left: Value, _ right: Value, limits: Limits) throws(OperationFailure) -> Value {
        if case .number(let a) = left, case .number(let b) = right, let result = try numbers(op, a, b) { return result }
        switch op {
        case .add: return try add(left, right, limits: limits)
        case .subtract: return try checked(try subtract(left, right))
        case .multiply: return try multiply(left, right, limits: limits)
        case .divide: return try checked(try divide(left, right))
        case .remainder: throw mismatch(op, left, right)
        case .equal: return .bool(equal(left, right))
        case .notEqual: return .bool(!equal(left, right))
        case .less: return .bool(try compare(left, right, op) < 0)
        case .lessOrEqual: return .bool(try compare(left, right, op) <= 0)
        case .greater: return .bool(try compare(left, right, op) > 0)
        case .greaterOrEqual: return .bool(try compare(left, right, op) >= 0)
        case .in: return .bool(try contains(right, left))
        case .and, .or: return logical(op, left) { right }
        }
    }

    /// What the left operand of `and` / `or` decides alone (`false and …` is false, `true or …`
    /// true, the right operand never evaluated); `nil` when the right operand is needed, or for
    /// other operators.
    @inline(__always)
    static func decided(_ op: BinaryOperator, by left: Value) -> Value? {
        switch op {
        case .and: return left.isTruthy ? nil : .bool(false)
        case .or: return left.isTruthy ? .bool(true) : nil
        default: return nil
        }
    }

    /// `and` / `or`: the left operand's decision, else the truth of the right one, evaluated by
    /// `right` only then.
    @inline(__always)
    static func logical<Failure: Error>(
        _ op: BinaryOperator, _ left: Value, _ right: () throws(Failure) -> Value
    ) throws(Failure) -> Value {
        if let decided = decided(op, by: left) { return decided }
        return .bool(try right().isTruthy)
    }

    /// `not` and `-`.
    static func unary(_ op: UnaryOperator, _ value: Value) throws(OperationFailure) -> Value {
        switch (op, value) {
        case (.not, _): return .bool(!value.isTruthy)
        case (.negate, .number(let n)): return .number(negated(n))
        case (.negate, .duration(let d)): return .duration(-d)
        default: throw OperationFailure(message: "cannot negate \(value.typeName)")
        }
    }

    /// `-n`.
    @inline(__always)
    static func negated(_ n: Double) -> Double { -n }

    static func mismatch(_ op: BinaryOperator, _ left: Value, _ right: Value) -> OperationFailure {
        OperationFailure(message: "cannot apply '\(op.rawValue)' to \(left.typeName) and \(right.typeName)")
    }

    /// A duration or time result must be finite and (times) inside years 1 to 9999; other values pass.
    static func checked(_ value: Value) throws(OperationFailure) -> Value {
        switch value {
        case .duration(let d) where !d.isFinite:
            throw OperationFailure(message: "the duration is not a finite number (\(Value.format(duration: d)))")
        case .time(let t):
            do throws(VerbError) {
                return .time(try TimeRange.checked(t.timeIntervalSince1970))
            } catch {
                throw OperationFailure(message: error.message)
            }
        default: return value
        }
    }

    /// Fails when a string or list an operation would build passes the limits.
    static func checkSize(_ value: Value, _ limits: Limits) throws(OperationFailure) {
        switch value {
        case .string(let s) where s.utf8.count > limits.stringLength: throw stringTooLong(limits)
        case .list(let l) where l.count > limits.listLength: throw listTooLong(limits)
        default: break
        }
    }

    static func stringTooLong(_ limits: Limits) -> OperationFailure {
        OperationFailure(message: "the string would be longer than the limit of \(limits.stringLength) bytes")
    }

    static func listTooLong(_ limits: Limits) -> OperationFailure {
        OperationFailure(message: "the list would have more than the limit of \(limits.listLength) elements")
    }

    /// `+` on values other than two numbers.
    private static func add(_ left: Value, _ right: Value, limits: Limits) throws(OperationFailure) -> Value {
        switch (left, right) {
        case (.string(let a), .string(let b)):
            guard a.utf8.count + b.utf8.count <= limits.stringLength else { throw stringTooLong(limits) }
            return .string(a + b)
        case (.string(let a), .number), (.string(let a), .bool), (.string(let a), .duration), (.string(let a), .time):
            let result = Value.string(a + right.description)
            try checkSize(result, limits)
            return result
        case (.duration(let a), .duration(let b)): return try checked(.duration(a + b))
        case (.time(let t), .duration(let d)), (.duration(let d), .time(let t)): return try checked(.time(t.addingTimeInterval(d)))
        case (.list(let a), .list(let b)):
            guard a.count + b.count <= limits.listLength else { throw listTooLong(limits) }
            return .list(a + b)
        case (.record(var a), .record(let b)):
            for (key, value) in b { a[key] = value }
            return .record(a)
        default: throw mismatch(.add, left, right)
        }
    }

    /// `-` on values other than two numbers.
    private static func subtract(_ left: Value, _ right: Value) throws(OperationFailure) -> Value {
        switch (left, right) {
        case (.duration(let a), .duration(let b)): return .duration(a - b)
        case (.time(let t), .duration(let d)): return .time(t.addingTimeInterval(-d))
        case (.time(let a), .time(let b)): return .duration(a.timeIntervalSince(b))
        case (.time(let a), .string(let s)):
            guard let b = Value.parseTime(s) else { throw notATime(s) }
            return .duration(a.timeIntervalSince(b))
        case (.string(let s), .time(let b)):
            guard let a = Value.parseTime(s) else { throw notATime(s) }
            return .duration(a.timeIntervalSince(b))
        default: throw mismatch(.subtract, left, right)
        }
    }

    /// `*` on values other than two numbers.
    private static func multiply(_ left: Value, _ right: Value, limits: Limits) throws(OperationFailure) -> Value {
        switch (left, right) {
        case (.duration(let d), .number(let n)), (.number(let n), .duration(let d)): return try checked(.duration(d * n))
        case (.string(let s), .number(let n)):
            // Repetition: none for a count of 0 or less, else bounded by the string limit.
            if n.isFinite, n <= 0 { return .string("") }
            let count: Int
            do throws(VerbError) {
                count = try WholeNumber.convert(n, naming: "the repeat count")
            } catch {
                throw OperationFailure(message: error.message)
            }
            guard s.isEmpty || count <= limits.stringLength / s.utf8.count else { throw stringTooLong(limits) }
            return .string(String(repeating: s, count: count))
        default: throw mismatch(.multiply, left, right)
        }
    }

    /// `/` on values other than two numbers: durations divide as their seconds do.
    private static func divide(_ left: Value, _ right: Value) throws(OperationFailure) -> Value {
        switch (left, right) {
        case (.duration(let d), .number(let n)): return .duration(try quotient(d, n))
        case (.duration(let a), .duration(let b)): return .number(try quotient(a, b))
        default: throw mismatch(.divide, left, right)
        }
    }

    private static func quotient(_ a: Double, _ b: Double) throws(OperationFailure) -> Double {
        guard let result = Quotient.apply(a, b) else { throw Quotient.failure }
        return result
    }

    static func notATime(_ s: String) -> OperationFailure {
        OperationFailure(message: "'\(s)' is not an ISO 8601 time (like 2026-11-29T01:00:00Z)")
    }

    /// `==`: numbers as ``Equal`` compares them, strings by their text; a time equals a string
    /// that parses to the same instant; other values are equal when they are the same value.
    @inline(__always)
    static func equal(_ left: Value, _ right: Value) -> Bool {
        switch (left, right) {
        case (.number(let a), .number(let b)): return Equal.apply(a, b) ?? false
        case (.string(let a), .string(let b)): return a == b
        case (.time(let t), .string(let s)), (.string(let s), .time(let t)):
            return Value.parseTime(s) == t
        default:
            return left == right
        }
    }

    /// Ordering for `< <= > >=` on values other than two numbers: strings, durations, times (and a
    /// time with an ISO string).
    private static func compare(_ left: Value, _ right: Value, _ op: BinaryOperator) throws(OperationFailure) -> Int {
        switch (left, right) {
        case (.string(let a), .string(let b)): return a < b ? -1 : a > b ? 1 : 0
        case (.duration(let a), .duration(let b)): return a < b ? -1 : a > b ? 1 : 0
        case (.time(let a), .time(let b)): return a < b ? -1 : a > b ? 1 : 0
        case (.time(let a), .string(let s)):
            guard let b = Value.parseTime(s) else { throw notATime(s) }
            return a < b ? -1 : a > b ? 1 : 0
        case (.string(let s), .time(let b)):
            guard let a = Value.parseTime(s) else { throw notATime(s) }
            return a < b ? -1 : a > b ? 1 : 0
        default:
            throw OperationFailure(message: "cannot compare \(left.typeName) with \(right.typeName) using '\(op.rawValue)'")
        }
    }

    static func contains(_ container: Value, _ element: Value) throws(OperationFailure) -> Bool {
        switch container {
        case .list(let elements): return elements.contains { equal($0, element) }
        case .record(let fields):
            guard case .string(let key) = element else { return false }
            return fields[key] != nil
        case .string(let text):
            guard case .string(let part) = element else { throw mismatch(.in, element, container) }
            return ASCIIText.contains(text, part) ?? text.contains(part)
        default: throw mismatch(.in, element, container)
        }
    }
}
