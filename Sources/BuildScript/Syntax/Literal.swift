/// A constant as the source writes it: what a `.literal` expression holds. Runtime turns it into
/// a value when it compiles the tree.
enum Literal: Sendable, Equatable {
    /// `null`
    case null
    /// `true`, `false`
    case bool(Bool)
    /// `42`, `1.5`
    case number(Double)
    /// `300ms`, `1h30m`, in seconds
    case duration(Double)
    /// `"text"` without `${...}` parts
    case string(String)
}
