/// Variables and procedures visible to running code. The script (or the REPL session) has one
/// global scope; each procedure call and each parallel loop body gets its own. Blocks of `if`,
/// `while` and sequential `foreach` share the scope they appear in.
///
/// A scope is used by one task at a time, except that parallel loop bodies read (never write)
/// their common parent while it waits for them; that is what makes the unchecked `Sendable` sound.
final class Scope: @unchecked Sendable {
    var variables: [String: Value] = [:]
    var procedures: [String: Procedure] = [:]
    let parent: Scope?
    /// Parallel loop bodies may not assign variables of enclosing scopes.
    let writesStayLocal: Bool

    init(parent: Scope?, writesStayLocal: Bool = false) {
        self.parent = parent
        self.writesStayLocal = writesStayLocal
    }

    func lookup(_ name: String) -> Value? {
        var scope: Scope? = self
        while let current = scope {
            if let value = current.variables[name] { return value }
            scope = current.parent
        }
        return nil
    }

    func procedure(_ name: String) -> Procedure? {
        var scope: Scope? = self
        while let current = scope {
            if let procedure = current.procedures[name] { return procedure }
            scope = current.parent
        }
        return nil
    }

    /// The scope that holds `name`, or `nil`; `blocked` is set when a parallel body would write outside itself.
    func owner(of name: String) -> (scope: Scope?, blocked: Bool) {
        var scope: Scope? = self
        var crossedBoundary = false
        while let current = scope {
            if current.variables[name] != nil { return (current, crossedBoundary) }
            if current.writesStayLocal { crossedBoundary = true }
            scope = current.parent
        }
        return (nil, false)
    }

    /// Every variable name visible from here (for completion and suggestions).
    var visibleNames: [String] {
        var names = Set<String>()
        var scope: Scope? = self
        while let current = scope {
            names.formUnion(current.variables.keys)
            scope = current.parent
        }
        return names.sorted()
    }

    /// Every procedure name visible from here.
    var visibleProcedures: [String] {
        var names = Set<String>()
        var scope: Scope? = self
        while let current = scope {
            names.formUnion(current.procedures.keys)
            scope = current.parent
        }
        return names.sorted()
    }
}

/// A user procedure defined with `def`.
final class Procedure: Sendable {
    let name: String
    let parameters: [String]
    let body: Block
    let range: SourceRange
    /// The scope the procedure was defined in (procedures see the variables around their definition).
    let closure: Scope

    init(name: String, parameters: [String], body: Block, range: SourceRange, closure: Scope) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.range = range
        self.closure = closure
    }
}
