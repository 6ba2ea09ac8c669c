/// A pure expression's compiled forms, attached to its node by ``TreeCompiler``.
final class ExpressionCode: NodeCode, @unchecked Sendable {
    /// The evaluation as a closure tree.
    let evaluate: CompiledExpression
    /// For arithmetic on numbers, the evaluation producing the number itself.
    let number: CompiledNumber?

    init(evaluate: @escaping CompiledExpression, number: CompiledNumber?) {
        self.evaluate = evaluate
        self.number = number
    }
}

/// A statement's (or block's) compiled execution, attached to its node by ``TreeCompiler``: a pure
/// one's, or one whose calls may all run without suspending (``CallCompiler``).
final class StatementCode: NodeCode, @unchecked Sendable {
    /// The execution as one closure.
    let run: CompiledStatement
    /// The calls the statement makes, for the check that they all run without suspending (empty
    /// for a pure statement).
    let sites: [CallSite]
    /// Whether it holds a `return` with a value (a procedure whose body holds none returns null).
    let returnsValue: Bool

    init(run: @escaping CompiledStatement, sites: [CallSite] = [], returnsValue: Bool = false) {
        self.run = run
        self.sites = sites
        self.returnsValue = returnsValue
    }
}

// The compile pass attaches only these classes, so the casts below never fail (checked in debug
// builds by `unsafeDowncast`, free in release ones).

extension Expression {
    /// The compiled evaluation, when the expression is pure and the tree has been compiled.
    var compiled: CompiledExpression? {
        guard isPure, let code else { return nil }
        return unsafeDowncast(code, to: ExpressionCode.self).evaluate
    }

    /// The compiled evaluation of a pure expression, or of one whose calls are compiled to run
    /// without suspending (which only code that checked its calls first may run: ``CallCompiler``).
    var callingCode: CompiledExpression? {
        guard let code else { return nil }
        return unsafeDowncast(code, to: ExpressionCode.self).evaluate
    }

    /// The compiled number form, for arithmetic on numbers.
    var number: CompiledNumber? {
        guard let code else { return nil }
        return unsafeDowncast(code, to: ExpressionCode.self).number
    }
}

extension Statement {
    /// The compiled execution, when the statement is pure and the tree has been compiled.
    var compiled: CompiledStatement? {
        guard isPure, let code else { return nil }
        return unsafeDowncast(code, to: StatementCode.self).run
    }

    /// The compiled form of a pure statement or of one whose calls may run without suspending
    /// (see ``Expression/callingCode``).
    var callingCode: StatementCode? {
        guard let code else { return nil }
        return unsafeDowncast(code, to: StatementCode.self)
    }
}

extension Block {
    /// The compiled statements run in order, when the block is pure and the tree has been compiled.
    var compiled: CompiledStatement? {
        guard isPure, let code else { return nil }
        return unsafeDowncast(code, to: StatementCode.self).run
    }

    /// The compiled form of a block of pure statements and statements whose calls may run without
    /// suspending (see ``Expression/callingCode``).
    var callingCode: StatementCode? {
        guard let code else { return nil }
        return unsafeDowncast(code, to: StatementCode.self)
    }
}
