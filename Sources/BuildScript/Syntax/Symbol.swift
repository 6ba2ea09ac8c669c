import Synchronization

/// A variable name interned to a small integer when parsed, so running code finds variables by
/// comparing integers rather than hashing strings.
struct Symbol: Hashable, Sendable, CustomStringConvertible {
    private static let table = Mutex<(ids: [String: Int], names: [String])>(([:], []))

    /// The interned number.
    let id: Int
    /// The name as written (without `$`).
    let name: String

    /// `ans`: the value of the last statement that produced one, which the interpreter keeps and a
    /// script may read but not set.
    static let previousResult = "ans"

    /// Interns `name`.
    init(_ name: String) {
        self.name = name
        self.id = Symbol.table.withLock { table in
            if let id = table.ids[name] { return id }
            let id = table.names.count
            table.ids[name] = id
            table.names.append(name)
            return id
        }
    }

    /// Symbols compare by their interned number.
    static func == (lhs: Symbol, rhs: Symbol) -> Bool { lhs.id == rhs.id }

    /// Hashes the interned number.
    func hash(into hasher: inout Hasher) { hasher.combine(id) }

    /// The name.
    var description: String { name }
}
