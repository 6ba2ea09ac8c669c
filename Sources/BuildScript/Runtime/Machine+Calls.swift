import Foundation

extension Machine {
    /// Runs a command (`create build ...`) or call (`len(x)`); `injected` is the pipeline item given
    /// to a command stage, inserted as the first positional argument after the noun.
    func call(
        _ command: Command, range: SourceRange, _ frame: Frame, isCallSyntax: Bool, injected: Value? = nil
    ) async throws(Unwind) -> Value {
        if let procedure = frame.scope.procedure(command.name) {
            return try await callProcedure(procedure, command, range: range, frame, injected: injected)
        }
        guard let entry = registry.entry(command.name) else {
            throw unknownCommand(command, frame)
        }
        var arguments = command.arguments[...]
        let verb: Verb
        if let (resolved, length) = entry.resolve(command, isCall: isCallSyntax) {
            verb = resolved
            arguments = arguments.dropFirst(length)
        } else if isCallSyntax {
            throw frame.error(
                "'\(command.name)' takes a noun; write it as a command: \(command.name) \(entry.nounOrder.first?.singular ?? "NOUN") ...",
                at: range)
        } else {
            throw unknownNoun(command, entry, words: command.leadingWords, range: range, frame)
        }
        if options.safeMode && verb.isRemovedInSafeMode {
            throw frame.error("'\(verb.qualifiedName)' is not available in safe mode", at: command.nameRange)
        }
        var deferred: [String: Expression] = [:]
        let bound = try await bind(arguments, to: verb, injected: injected, range: range, frame, deferred: &deferred)
        let context = CallContext(verb: verb, range: range, frame: frame, deferred: deferred)
        do {
            return try await verb.body(bound, context)
        } catch {
            throw Unwind.from(error, at: range, stack: frame.callStack)
        }
    }

    /// Evaluates a call's arguments and binds them to the verb's parameters (``ArgumentBinder``,
    /// the one place they are checked), `injected` first; a stream given for a list parameter is
    /// read into a list.
    func bind(
        _ arguments: ArraySlice<Argument>, to verb: Verb, injected: Value? = nil, range: SourceRange, _ frame: Frame
    ) async throws(Unwind) -> Arguments {
        var deferred: [String: Expression] = [:]
        return try await bind(arguments, to: verb, injected: injected, range: range, frame, deferred: &deferred)
    }

    /// ``bind(_:to:injected:range:_:)``, leaving the arguments of deferred parameters unevaluated:
    /// their expressions go to `deferred`, by parameter name, and the binder sees `null`.
    func bind(
        _ arguments: ArraySlice<Argument>, to verb: Verb, injected: Value? = nil, range: SourceRange, _ frame: Frame,
        deferred: inout [String: Expression]
    ) async throws(Unwind) -> Arguments {
        var supplied: [ArgumentBinder.Supplied] = []
        supplied.reserveCapacity(arguments.count + 1)
        if let injected { supplied.append(.init(name: nil, value: injected, range: range, nameRange: range)) }
        // Only a verb with a deferred parameter needs to know which parameter each argument is.
        let hasDeferred = verb.parameters.contains(where: \.isDeferred)
        let positional = hasDeferred ? verb.parameters.filter(\.isPositional) : []
        for argument in arguments {
            let parameter = !hasDeferred ? nil : argument.name.map { name in verb.parameters.first { $0.isNamed(name) } }
                ?? positional.dropFirst(supplied.filter { $0.name == nil }.count).first
            let value: Value
            if let parameter, parameter.isDeferred, deferred[parameter.name] == nil {
                deferred[parameter.name] = argument.value
                value = .null
            } else {
                value = try await evaluate(argument.value, frame)
            }
            supplied.append(.init(name: argument.name, value: value, range: argument.value.range, nameRange: argument.start))
        }
        var bound = try bindChecked(supplied, to: verb, range: range, frame)
        for index in verb.parameters.indices where verb.parameters[index].type == .list {
            if case .stream(let stream)? = bound[verb.parameters[index].name] {
                bound.values[verb.parameters[index].name] = .list(try await collect(stream, range, frame))
            }
        }
        return bound
    }

    /// ``ArgumentBinder/bind(_:to:)``, its failure the call's error with the verb's usage line.
    func bindChecked(
        _ supplied: [ArgumentBinder.Supplied], to verb: Verb, range: SourceRange, _ frame: Frame
    ) throws(Unwind) -> Arguments {
        do throws(ArgumentBinder.Failure) {
            return try ArgumentBinder.bind(supplied, to: verb)
        } catch {
            throw frame.error(error.message, at: error.range ?? range, suggestion: error.suggestion, usage: "usage: " + verb.usage)
        }
    }

    private func callProcedure(
        _ procedure: Procedure, _ command: Command, range: SourceRange, _ frame: Frame, injected: Value?
    ) async throws(Unwind) -> Value {
        var values: [Value] = injected.map { [$0] } ?? []
        for argument in command.arguments {
            if let name = argument.name {
                throw frame.error(
                    "procedure '\(procedure.name)' takes positional arguments only, not '\(name)=...'", at: argument.value.range,
                    usage: "usage: " + ([procedure.name] + procedure.parameters.map(\.name)).joined(separator: " "))
            }
            values.append(try await evaluate(argument.value, frame))
        }
        let inner = try enter(procedure, with: values, range: range, frame)
        if runsDirectly(procedure), let body = procedure.body.callingCode?.run {
            return try runDirectly(body, inner)
        }
        do throws(Unwind) {
            _ = try await execute(procedure.body.statements, inner)
            return .null
        } catch .returned(let value) {
            return value
        }
    }

    /// The frame a call of `procedure` with `values` runs its body in: its parameters bound in a
    /// scope of its own, the call on the stack. Fails for a wrong number of arguments or a call
    /// too deep.
    func enter(_ procedure: Procedure, with values: [Value], range: SourceRange, _ frame: Frame) throws(Unwind) -> Frame {
        guard values.count == procedure.parameters.count else {
            throw frame.error(
                "'\(procedure.name)' takes \(procedure.parameters.count) argument\(procedure.parameters.count == 1 ? "" : "s") but got \(values.count)",
                at: range, usage: "usage: " + ([procedure.name] + procedure.parameters.map(\.name)).joined(separator: " "))
        }
        guard frame.callDepth < options.maxCallDepth else {
            throw frame.error("too many nested procedure calls (more than \(options.maxCallDepth)); is the recursion endless?", at: range)
        }
        let scope = Scope(parent: procedure.closure, parameters: procedure.parameterSlots, values: values)
        let calls = CallChain(StackFrame(procedure: procedure.name, callRange: range), caller: frame.calls)
        let inner = Frame(machine: self, scope: scope, calls: calls, output: frame.output)
        inner.confirmed = frame.confirmed
        inner.sourceDepth = frame.sourceDepth
        return inner
    }

    func unknownCommand(_ command: Command, _ frame: Frame) -> Unwind {
        let hidden = options.safeMode
        var names = registry.names(inSafeMode: hidden)
        names += frame.scope.visibleProcedures
        if frame.scope.lookup(command.name) != nil {
            return frame.error("unknown command '\(TokenKind.clipped(command.name))'; variables are written with '$'", at: command.nameRange, suggestion: "$" + command.name)
        }
        return frame.error(
            "unknown command '\(TokenKind.clipped(command.name))'", at: command.nameRange,
            suggestion: Suggestions.closest(to: command.name, in: names))
    }

    private func unknownNoun(_ command: Command, _ entry: VerbRegistry.Entry, words: [String], range: SourceRange, _ frame: Frame) -> Unwind {
        let nouns = entry.nounOrder.map(\.singular)
        guard let first = command.arguments.first, let word = first.bareWord else {
            return frame.error(
                "'\(command.name)' needs a noun: \(nouns.joined(separator: ", "))", at: command.nameRange)
        }
        let phrase = words.prefix(2).joined(separator: " ")
        let suggestion = Suggestions.closest(to: phrase, in: entry.nounSpellings) ?? Suggestions.closest(to: word, in: entry.nounSpellings)
        return frame.error(
            "unknown noun '\(word)' for '\(command.name)'", at: first.value.range, suggestion: suggestion,
            usage: "nouns: " + nouns.joined(separator: ", "))
    }

    /// Pulls a whole stream into a list, honouring cancellation.
    func collect(_ stream: ValueStream, _ range: SourceRange, _ frame: Frame, limit: Int = .max) async throws(Unwind) -> [Value] {
        var values: [Value] = []
        try await forEachItem(of: stream, range, frame, limit: limit) { values.append($0) }
        return values
    }

    /// Reads `stream` item by item (at most `limit`), holding none of them: an error while reading
    /// becomes an unwind at `range`.
    func forEachItem(
        of stream: ValueStream, _ range: SourceRange, _ frame: Frame, limit: Int = .max, _ body: (Value) -> Void
    ) async throws(Unwind) {
        var iterator = stream.makeIterator()
        var read = 0
        while read < limit {
            if Task.isCancelled { throw .cancelled }
            let next: Value?
            do {
                next = try await iterator.next()
            } catch {
                throw Unwind.from(error, at: range, stack: frame.callStack)
            }
            guard let value = next else { break }
            body(value)
            read += 1
        }
    }
}
