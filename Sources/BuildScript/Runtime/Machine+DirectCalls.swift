extension Machine {
    /// Whether every call in `sites`, made from `scope`, runs without suspending: a procedure
    /// whose body does (``runsDirectly(_:)``), or a pure built-in function (see ``CallCompiler``).
    /// Code whose calls pass may run its ``CallCompiler`` form; other code is walked.
    func callsRunDirectly(_ sites: [CallSite], from scope: Scope) -> Bool {
        var visiting: [ObjectIdentifier] = []
        return callsRunDirectly(sites, from: scope, &visiting)
    }

    /// Whether a call of `procedure` may run its body's compiled form: the body is compiled
    /// (no `def`, command, pipeline or `foreach` in it), and every call in it runs directly.
    /// Remembered until the next `def` or run (``CallCompiler/definitions``).
    func runsDirectly(_ procedure: Procedure) -> Bool {
        var visiting: [ObjectIdentifier] = []
        return runsDirectly(procedure, &visiting)
    }

    private func callsRunDirectly(_ sites: [CallSite], from scope: Scope, _ visiting: inout [ObjectIdentifier]) -> Bool {
        for site in sites {
            if let procedure = scope.procedure(site.name) {
                // Named arguments are an error the walk reports at its place.
                guard !site.hasNamedArguments, runsDirectly(procedure, &visiting) else { return false }
                if site.isStatement, procedure.body.callingCode?.returnsValue != false { return false }
                continue
            }
            guard !site.isStatement, let verb = directFunction(site.name) else { return false }
            if verb.parameters.contains(where: { $0.type == .list }) {
                // A stream given for a list parameter is read, which suspends.
                guard site.argumentsAreStreamFree,
                    site.builtinArguments.allSatisfy({ scope.procedure($0) == nil && directFunction($0) != nil })
                else { return false }
            }
        }
        return true
    }

    private func runsDirectly(_ procedure: Procedure, _ visiting: inout [ObjectIdentifier]) -> Bool {
        let generation = CallCompiler.definitions.load(ordering: .relaxed)
        let known = procedure.directness.load(ordering: .relaxed)
        if known >> 2 == generation { return known & 3 == 1 }
        let id = ObjectIdentifier(procedure)
        // A call back into a procedure being checked: its answer is the one being worked out.
        if visiting.contains(id) { return true }
        guard visiting.count < 64, let code = procedure.body.callingCode else {
            procedure.directness.store(generation << 2 | 2, ordering: .relaxed)
            return false
        }
        visiting.append(id)
        let direct = callsRunDirectly(code.sites, from: procedure.closure, &visiting)
        visiting.removeLast()
        // A "no" always holds; a "yes" found while assuming that of a caller only once the
        // outermost check ends with yes, so only that one is remembered.
        if !direct || visiting.isEmpty {
            procedure.directness.store(generation << 2 | (direct ? 1 : 2), ordering: .relaxed)
        }
        return direct
    }

    /// The built-in function `name` calls when no procedure has the name, if it can be called
    /// directly: a pure function (``Verb/directBody``), available, with no deferred parameter.
    private func directFunction(_ name: String) -> Verb? {
        guard let verb = registry.entry(name)?.plain, verb.directBody != nil,
            !(options.safeMode && verb.isRemovedInSafeMode), !verb.parameters.contains(where: \.isDeferred)
        else { return nil }
        return verb
    }

    /// Runs a call compiled by ``CallCompiler``, which code runs only after its calls passed
    /// ``callsRunDirectly(_:from:)``: the rules of ``call(_:range:_:isCallSyntax:injected:)``.
    func callDirectly(_ call: DirectCall, _ frame: Frame) throws(Unwind) -> Value {
        if let procedure = frame.scope.procedure(call.name) {
            var values: [Value] = []
            values.reserveCapacity(call.runs.count)
            for run in call.runs { values.append(try run(self, frame)) }
            let inner = try enter(procedure, with: values, range: call.range, frame)
            guard let body = procedure.body.callingCode?.run else {
                throw frame.error("internal: a procedure called directly has no compiled body", at: call.range)
            }
            return try runDirectly(body, inner)
        }
        guard let verb = registry.entry(call.name)?.plain, let body = verb.directBody else {
            throw frame.error("internal: '\(call.name)' cannot be called directly", at: call.range)
        }
        var supplied: [ArgumentBinder.Supplied] = []
        supplied.reserveCapacity(call.runs.count)
        for (argument, run) in zip(call.command.arguments, call.runs) {
            supplied.append(.init(name: argument.name, value: try run(self, frame), range: argument.value.range, nameRange: argument.start))
        }
        let bound = try bindChecked(supplied, to: verb, range: call.range, frame)
        for index in verb.parameters.indices where verb.parameters[index].type == .list {
            if case .stream? = bound[verb.parameters[index].name] {
                throw frame.error("internal: a stream reached '\(call.name)' called directly", at: call.range)
            }
        }
        do {
            return try body(bound, limits)
        } catch {
            throw Unwind.from(error, at: call.range, stack: frame.callStack)
        }
    }

    /// Runs a procedure's compiled body in its frame; the value of its `return`, or null.
    func runDirectly(_ body: CompiledStatement, _ inner: Frame) throws(Unwind) -> Value {
        if Task.isCancelled { throw .cancelled }
        do throws(Unwind) {
            try body(self, inner)
            return .null
        } catch .returned(let value) {
            return value
        }
    }
}
