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

/// A node the compile pass attaches code to — an ``Expression``, a ``Statement`` or a ``Block`` —
/// and its one way of reading that code back.
protocol CompiledNode {
    /// Whether it runs without suspending.
    var isPure: Bool { get }
    /// What the compile pass attached.
    var code: NodeCode? { get }
}

extension SyntaxNode: CompiledNode {}
extension Block: CompiledNode {}

extension CompiledNode {
    /// The attached code as the class the pass attaches to this kind of node; with `pureOnly`,
    /// only when the node is pure.
    @inline(__always)
    func attached<Code: NodeCode>(_: Code.Type, pureOnly: Bool = false) -> Code? {
        guard !pureOnly || isPure, let code else { return nil }
        return unsafeDowncast(code, to: Code.self)
    }
}

extension Expression {
    /// The compiled evaluation, when the expression is pure and the tree has been compiled.
    var compiled: CompiledExpression? { attached(ExpressionCode.self, pureOnly: true)?.evaluate }

    /// The compiled evaluation of a pure expression, or of one whose calls are compiled to run
    /// without suspending (which only code that checked its calls first may run: ``CallCompiler``).
    var callingCode: CompiledExpression? { attached(ExpressionCode.self)?.evaluate }

    /// The compiled number form, for arithmetic on numbers.
    var number: CompiledNumber? { attached(ExpressionCode.self)?.number }
}

/// A node that runs as statements — a ``Statement`` or a ``Block`` — and so carries a
/// ``StatementCode`` once compiled.
protocol StatementNode: CompiledNode {}

extension Statement: StatementNode {}
extension Block: StatementNode {}

extension StatementNode {
    /// The compiled execution (a block's statements run in order), when the node is pure and the
    /// tree has been compiled.
    var compiled: CompiledStatement? { attached(StatementCode.self, pureOnly: true)?.run }

    /// The compiled form of a pure node or of one whose calls may run without suspending (see
    /// ``Expression/callingCode``).
    var callingCode: StatementCode? { attached(StatementCode.self) }
}
