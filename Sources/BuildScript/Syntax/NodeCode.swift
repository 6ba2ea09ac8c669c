/// Room on a syntax node for what a later pass attaches to it. Runtime's compile pass keeps a pure
/// node's compiled evaluation here (in a subclass of its own); Syntax only carries it, so the
/// syntax tree needs nothing of the runtime.
class NodeCode: @unchecked Sendable {}
