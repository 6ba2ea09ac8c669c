import Foundation

extension Machine {
    /// Builds the cursor for a loop source; `range(...)` loops count without building a list (its
    /// arguments checked and read as the `range` function reads them).
    func cursor(for source: Expression, _ frame: Frame) async throws(Unwind) -> ItemCursor {
        if case .call(let call) = source.kind, call.name == "range", frame.scope.procedure("range") == nil,
            let verb = registry.entry("range")?.plain
        {
            let (from, to, step) = CoreLibrary.rangeBounds(try await bind(call.arguments[...], to: verb, range: source.range, frame))
            do throws(VerbError) {
                let total = try WholeNumber.rangeCount(from: from, to: to, step: step)
                return ItemCursor(from: from, step: step, total: total)
            } catch {
                throw frame.error(error.message, at: source.range)
            }
        }
        let value = try await evaluate(source, frame)
        guard let cursor = ItemCursor(value) else {
            throw frame.error(
                "cannot loop over \(value.typeName)" + (value.numberValue != nil ? "; use range(n)" : ""), at: source.range)
        }
        return cursor
    }

    func next(_ cursor: inout ItemCursor, _ range: SourceRange, _ frame: Frame) async throws(Unwind) -> Value? {
        do {
            return try await cursor.next()
        } catch {
            throw Unwind.from(error, at: range, stack: frame.callStack)
        }
    }

    func runForeach(
        variable: Symbol, source: Expression, parallel: Expression?, body: Block, _ range: SourceRange, _ frame: Frame
    ) async throws(Unwind) {
        var cursor = try await cursor(for: source, frame)
        let wasConfirmed = frame.confirmed
        defer { frame.confirmed = wasConfirmed }
        try await confirmIfDestructive(body.statements, count: cursor.count, range, frame)
        if let parallel {
            let limit = try await evaluate(parallel, frame)
            guard case .number(let n) = limit, let width = WholeNumber.exactly(n, in: 1...10_000) else {
                throw frame.error("parallel needs a whole number from 1 to 10000, not \(limit.literalDescription)", at: parallel.range)
            }
            try await runParallel(variable: variable, cursor: cursor, width: width, body: body, range, frame)
            return
        }
        let scope = frame.scope
        scope.define(variable, .null)
        if cursor.isSynchronous, let code = directBody(body, frame), let slot = scope.slot(variable) {
            // Lists and ranges with a pure body (or one whose calls run directly): a loop that never suspends.
            var poll = CancellationPoll()
            while let item = cursor.nextLocal() {
                try poll.check()
                scope.values[slot] = item
                guard try LoopControl.pass(code, self, frame) else { break }
            }
            return
        }
        while let item = try await next(&cursor, source.range, frame) {
            if Task.isCancelled { throw .cancelled }
            scope.define(variable, item)
            guard try await runLoopBody(body, frame) else { break }
        }
    }

    /// A loop body's compiled form, if it is pure or its calls run directly (no `def` in it can
    /// change what they call while the loop runs).
    private func directBody(_ body: Block, _ frame: Frame) -> CompiledStatement? {
        if let code = body.compiled { return code }
        guard let code = body.callingCode, callsRunDirectly(code.sites, from: frame.scope) else { return nil }
        return code.run
    }

    /// Runs one pass of a loop body (`foreach`, `while`): `continue` ends the pass, and the result
    /// is `false` when `break` ends the loop.
    func runLoopBody(_ body: Block, _ frame: Frame) async throws(Unwind) -> Bool {
        do throws(Unwind) {
            _ = try await execute(body.statements, frame)
        } catch {
            return try LoopControl.goesOn(after: error)
        }
        return true
    }

    /// Asks the host before a loop or pipeline that calls a destructive verb (once per nesting).
    func confirmIfDestructive(_ statements: [Statement], count: Int?, _ range: SourceRange, _ frame: Frame) async throws(Unwind) {
        guard !frame.confirmed, !options.dryRun else { return }
        var scan = DestructiveScan(registry: registry, scope: frame.scope)
        guard let verb = scan.first(in: statements) else { return }
        try await confirm(verb, count: count, range, frame)
    }

    func confirm(_ verb: Verb, count: Int?, _ range: SourceRange, _ frame: Frame) async throws(Unwind) {
        guard !frame.confirmed, !options.dryRun, count != 0 else { return }
        let request = ConfirmationRequest(verb: verb.name, noun: verb.noun, count: count, range: range)
        guard await host.confirm(request) else {
            throw frame.error("cancelled: '\(request.question.dropLast())' was not confirmed", at: range)
        }
        frame.confirmed = true
    }
}
