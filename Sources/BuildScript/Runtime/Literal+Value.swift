extension Literal {
    /// The value the constant stands for.
    var value: Value {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let n): return .number(n)
        case .duration(let d): return .duration(d)
        case .string(let s): return .string(s)
        }
    }
}
