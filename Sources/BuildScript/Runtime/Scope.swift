import Synchronization

/// Variables and procedures visible to running code. The script (or the REPL session) has one
/// global scope; each procedure call and each parallel loop body gets its own. Blocks of `if`,
/// `while` and sequential `foreach` share the scope they appear in.
///
/// Variables live in two parallel arrays searched by interned symbol number (scopes are small);
/// a scope that grows large also keeps an index. A scope is used by one task at a time, except
/// that parallel loop bodies read (never write) their common parent while it waits for them;
/// that is what makes the unchecked `Sendable` sound.
final class Scope: @unchecked Sendable {
    @exclusivity(unchecked) private var ids: [Int] = []
    @exclusivity(unchecked) private var names: [String] = []
    @exclusivity(unchecked) var values: [Value] = []
    @exclusivity(unchecked) private var index: [Int: Int]?
    var procedures: [String: Procedure] = [:]
    let parent: Scope?
    /// Parallel loop bodies may not assign variables of enclosing scopes.
    let writesStayLocal: Bool

    init(parent: Scope?, writesStayLocal: Bool = false) {
        self.parent = parent
        self.writesStayLocal = writesStayLocal
    }

    /// A procedure call's scope: its parameters (laid out once per procedure, shared until the
    /// body defines a variable of its own) bound to `values`, one each.
    init(parent: Scope, parameters: ParameterSlots, values: [Value]) {
        self.parent = parent
        self.writesStayLocal = false
        self.ids = parameters.ids
        self.names = parameters.names
        self.values = values
        if ids.count > 24 { index = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { $1 }) }
    }

    /// The slot of a variable defined in this scope itself.
    @inline(__always)
    func slot(_ symbol: Symbol) -> Int? {
        if let index { return index[symbol.id] }
        var i = ids.count - 1
        while i >= 0 {
            if ids[i] == symbol.id { return i }
            i -= 1
        }
        return nil
    }

    /// Defines (or redefines) a variable in this scope.
    func define(_ symbol: Symbol, _ value: Value) {
        if let slot = slot(symbol) {
            values[slot] = value
            return
        }
        ids.append(symbol.id)
        names.append(symbol.name)
        values.append(value)
        if index != nil {
            index?[symbol.id] = ids.count - 1
        } else if ids.count > 24 {
            index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        }
    }

    func lookup(_ symbol: Symbol) -> Value? {
        if let slot = slot(symbol) { return values[slot] }
        var scope: Scope? = parent
        while let current = scope {
            if let slot = current.slot(symbol) { return current.values[slot] }
            scope = current.parent
        }
        return nil
    }

    func lookup(_ name: String) -> Value? { lookup(Symbol(name)) }

    func procedure(_ name: String) -> Procedure? {
        var scope: Scope? = self
        while let current = scope {
            // Most scopes (every call's) define none: no hashing of the name for them.
            if !current.procedures.isEmpty, let procedure = current.procedures[name] { return procedure }
            scope = current.parent
        }
        return nil
    }

    /// The scope and slot holding `symbol`; `blocked` is set when a parallel body would write outside itself.
    func owner(of symbol: Symbol) -> (scope: Scope, slot: Int, blocked: Bool)? {
        var scope: Scope? = self
        var crossedBoundary = false
        while let current = scope {
            if let slot = current.slot(symbol) { return (current, slot, crossedBoundary) }
            if current.writesStayLocal { crossedBoundary = true }
            scope = current.parent
        }
        return nil
    }

    /// Every variable name visible from here (for completion and suggestions).
    var visibleNames: [String] {
        var all = Set<String>()
        var scope: Scope? = self
        while let current = scope {
            all.formUnion(current.names)
            scope = current.parent
        }
        return all.sorted()
    }

    /// Every procedure name visible from here.
    var visibleProcedures: [String] {
        var all = Set<String>()
        var scope: Scope? = self
        while let current = scope {
            all.formUnion(current.procedures.keys)
            scope = current.parent
        }
        return all.sorted()
    }
}

/// A user procedure defined with `def`.
final class Procedure: Sendable {
    let name: String
    let parameters: [Symbol]
    let body: Block
    let range: SourceRange
    /// The scope the procedure was defined in (procedures see the variables around their definition).
    let closure: Scope
    /// Whether calls of it run its compiled body directly, as ``Machine/runsDirectly(_:)`` last
    /// found: the ``CallCompiler/definitions`` count then, shifted left by two, and 1 (yes) or 2 (no).
    let directness = Atomic<Int>(0)
    /// The parameters as a call's scope lays them out.
    let parameterSlots: ParameterSlots

    init(name: String, parameters: [Symbol], body: Block, range: SourceRange, closure: Scope) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.range = range
        self.closure = closure
        self.parameterSlots = ParameterSlots(ids: parameters.map(\.id), names: parameters.map(\.name))
    }
}

/// A procedure's parameters as the variables of a call's scope: symbol numbers and names.
struct ParameterSlots: Sendable {
    let ids: [Int]
    let names: [String]
}
