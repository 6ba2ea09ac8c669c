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

/// A pure statement's (or block's) compiled execution, attached to its node by ``TreeCompiler``.
final class StatementCode: NodeCode, @unchecked Sendable {
    /// The execution as one closure.
    let run: CompiledStatement

    init(run: @escaping CompiledStatement) {
        self.run = run
    }
}

// The compile pass attaches only these classes, so the casts below never fail (checked in debug
// builds by `unsafeDowncast`, free in release ones).

extension Expression {
    /// The compiled evaluation, when the expression is pure and the tree has been compiled.
    var compiled: CompiledExpression? {
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
        guard let code else { return nil }
        return unsafeDowncast(code, to: StatementCode.self).run
    }
}

extension Block {
    /// The compiled statements run in order, when the block is pure and the tree has been compiled.
    var compiled: CompiledStatement? {
        guard let code else { return nil }
        return unsafeDowncast(code, to: StatementCode.self).run
    }
}
