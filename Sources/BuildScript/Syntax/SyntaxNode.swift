/// The kind of a syntax node: an expression's or a statement's.
protocol SyntaxKind: Sendable {
    /// Whether a node of this kind runs without suspending (see ``SyntaxNode/isPure``).
    var isPure: Bool { get }
}

/// A node of the syntax tree — an ``Expression`` or a ``Statement`` — with its source range.
///
/// `Kind` is bound only by the marker protocol `Sendable` here, and by ``SyntaxKind`` where the
/// initialisers need it: a protocol bound on the type itself makes the runtime look the conformance
/// up (a scan of every conformance in the binary) the first time each node type is instantiated.
struct SyntaxNode<Kind: Sendable>: Sendable {
    /// What the node is.
    let kind: Kind
    /// Where it is.
    let range: SourceRange
    /// Whether it runs without suspending, so the compile pass can turn it into one closure.
    let isPure: Bool
    /// What the compile pass attached: the compiled form of a pure node (nil before the pass, and
    /// for nodes that suspend).
    let code: NodeCode?
}

extension SyntaxNode where Kind: SyntaxKind {
    /// Creates a node.
    init(_ kind: Kind, _ range: SourceRange) {
        self.init(kind, range, code: nil)
    }

    /// Creates a node carrying the compile pass's `code`.
    init(_ kind: Kind, _ range: SourceRange, code: NodeCode?) {
        self.kind = kind
        self.range = range
        self.isPure = kind.isPure
        self.code = code
    }
}
