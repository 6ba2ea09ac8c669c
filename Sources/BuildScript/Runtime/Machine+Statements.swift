import Foundation

extension Machine {
    /// Runs statements in order; returns the value of the last one. A compiled statement (a pure
    /// one, see ``Statement/isPure``) runs without suspending; the others, and every statement of a
    /// program the compile pass left alone, are walked.
    func execute(_ statements: [Statement], _ frame: Frame) async throws(Unwind) -> Value {
        var last = Value.null
        for statement in statements {
            if Task.isCancelled { throw .cancelled }
            if let compiled = statement.compiled {
                try compiled(self, frame)
                last = .null
            } else if let code = statement.callingCode, callsRunDirectly(code.sites, from: frame.scope) {
                try code.run(self, frame)
                last = .null
            } else {
                last = try await execute(statement, frame)
            }
        }
        return last
    }

    func execute(_ statement: Statement, _ frame: Frame) async throws(Unwind) -> Value {
        switch statement.kind {
        case .expression(let expression):
            let value = try await evaluate(expression, frame)
            if case .null = value { return value }
            try await frame.emitKeepingAnswer(value, statement.range)
            return value
        case .declare(let name, let value):
            frame.scope.define(name, try await evaluate(value, frame))
            return .null
        case .assign(let name, let value):
            try assign(name, try await evaluate(value, frame), statement.range, frame)
            return .null
        case .append(let name, let value):
            try append(name, try await evaluate(value, frame), statement.range, frame)
            return .null
        case .conditional(let condition, let then, let otherwise):
            if try await evaluate(condition, frame).isTruthy {
                return try await execute(then.statements, frame)
            } else if let otherwise {
                return try await execute(otherwise.statements, frame)
            }
            return .null
        case .loop(let condition, let body):
            while try await evaluate(condition, frame).isTruthy {
                if Task.isCancelled { throw .cancelled }
                guard try await runLoopBody(body, frame) else { break }
            }
            return .null
        case .foreach(let variable, let source, let parallel, let body):
            try await runForeach(variable: variable, source: source, parallel: parallel, body: body, statement.range, frame)
            return .null
        case .define(let name, let parameters, let body):
            if machineHasCommand(name) {
                throw frame.error("cannot define '\(name)': a built-in command has that name", at: statement.range)
            }
            CallCompiler.definitions.add(1, ordering: .relaxed)
            frame.scope.procedures[name] = Procedure(
                name: name, parameters: parameters, body: body, range: statement.range, closure: frame.scope)
            return .null
        case .returnValue(let value):
            guard let value else { throw .returned(.null) }
            throw .returned(try await evaluate(value, frame))
        case .breakLoop:
            throw .breakLoop
        case .continueLoop:
            throw .continueLoop
        case .attempt(let body, let errorName, let handler):
            do throws(Unwind) {
                return try await execute(body.statements, frame)
            } catch .error(let error) {
                if let errorName { frame.scope.define(errorName, .error(error.errorValue)) }
                return try await execute(handler.statements, frame)
            }
        case .exit(let code):
            guard let code else { throw .exit(0) }
            let value = try await evaluate(code, frame)
            guard case .number(let n) = value else {
                throw frame.error("exit needs a whole number from 0 to 255, not \(value.typeName)", at: code.range)
            }
            let status: Int
            do throws(VerbError) {
                status = try WholeNumber.convert(n, naming: "exit code", in: 0...255)
            } catch {
                throw frame.error(error.message, at: code.range)
            }
            throw .exit(status)
        case .source(let path):
            return try await runSource(path, frame)
        }
    }

    func machineHasCommand(_ name: String) -> Bool { registry.entry(name) != nil }

    /// Runs `write` on the scope and slot an assignment to `name` writes: the current scope's own
    /// variable at once, else the scope that declared it, unless that is outside a parallel loop
    /// body. (A closure rather than a returned pair: the fast path then holds no extra reference
    /// to the scope, which hot loops would pay for.)
    @inline(__always)
    func withWritableSlot(
        of name: Symbol, _ range: SourceRange, _ frame: Frame, _ write: (Scope, Int) throws(Unwind) -> Void
    ) throws(Unwind) {
        let scope = frame.scope
        if let slot = scope.slot(name) {
            try write(scope, slot)
            return
        }
        let (owner, slot) = try declaringOwner(of: name, range, frame)
        try write(owner, slot)
    }

    @inline(never)
    private func declaringOwner(of name: Symbol, _ range: SourceRange, _ frame: Frame) throws(Unwind) -> (Scope, Int) {
        guard let (owner, slot, blocked) = frame.scope.owner(of: name) else {
            throw frame.error(
                "unknown variable '\(name)'; declare it first with 'let \(name) = ...'", at: range,
                suggestion: Suggestions.closest(to: name.name, in: frame.scope.visibleNames).map { "$" + $0 })
        }
        if blocked {
            throw frame.error(
                "cannot assign '\(name)' from inside a parallel loop body (each body has its own scope); "
                    + "emit values or collect them after the loop instead", at: range)
        }
        return (owner, slot)
    }

    /// `name = value`.
    @inline(__always)
    func assign(_ name: Symbol, _ value: Value, _ range: SourceRange, _ frame: Frame) throws(Unwind) {
        try withWritableSlot(of: name, range, frame) { owner, slot throws(Unwind) in owner.values[slot] = value }
    }

    /// `name += value`.
    @inline(__always)
    func append(_ name: Symbol, _ addend: Value, _ range: SourceRange, _ frame: Frame) throws(Unwind) {
        try withWritableSlot(of: name, range, frame) { owner, slot throws(Unwind) in
            try appendInPlace(owner, slot, addend, range, frame)
        }
    }

    /// `name += [element]`: ``append(_:_:_:_:)`` of a list of one, without building it.
    @inline(__always)
    func append(_ name: Symbol, element: Value, _ range: SourceRange, _ frame: Frame) throws(Unwind) {
        try withWritableSlot(of: name, range, frame) { owner, slot throws(Unwind) in
            try appendInPlace(owner, slot, element: element, range, frame)
        }
    }

    /// `name += value` (and `name = name + value`): appends to strings and lists without copying them.
    func appendInPlace(_ owner: Scope, _ slot: Int, _ addend: Value, _ range: SourceRange, _ frame: Frame) throws(Unwind) {
        switch addend {
        case .number(let b):
            if case .number(let a) = owner.values[slot], let sum = Operators.Sum.apply(a, b) {
                owner.values[slot] = .number(sum)
                return
            }
        case .string(let more):
            if case .string(var text) = owner.values[slot], text.utf8.count + more.utf8.count <= limits.stringLength {
                // The slot lets go of the text, so `text` holds its only reference and grows in place.
                owner.values[slot] = .null
                text += more
                owner.values[slot] = .string(text)
                return
            }
        case .list(let more):
            if case .list(var elements) = owner.values[slot], elements.count + more.count <= limits.listLength {
                owner.values[slot] = .null
                elements += more
                owner.values[slot] = .list(elements)
                return
            }
        default:
            break
        }
        try appendByOperator(owner, slot, addend, range, frame)
    }

    /// `name += [element]`: ``appendInPlace(_:_:_:_:_:)`` with a list of one, the element joining
    /// the list in place.
    func appendInPlace(_ owner: Scope, _ slot: Int, element: Value, _ range: SourceRange, _ frame: Frame) throws(Unwind) {
        if case .list(var elements) = owner.values[slot], elements.count < limits.listLength {
            owner.values[slot] = .null
            elements.append(element)
            owner.values[slot] = .list(elements)
            return
        }
        try appendByOperator(owner, slot, .list([element]), range, frame)
    }

    /// The other cases of ``appendInPlace(_:_:_:_:_:)``: `+` on the two values, with its errors
    /// (the variable keeps its value when it fails).
    @inline(never)
    private func appendByOperator(_ owner: Scope, _ slot: Int, _ addend: Value, _ range: SourceRange, _ frame: Frame) throws(Unwind) {
        do throws(OperationFailure) {
            owner.values[slot] = try Operators.binary(.add, owner.values[slot], addend, limits: limits)
        } catch {
            throw frame.error(error.message, at: range)
        }
    }

    /// The folder the relative paths written in the file `range` lies in resolve against: a sourced
    /// file's own folder, or `nil` (the script's) for the script itself.
    func folder(of range: SourceRange) -> String? {
        guard range.file != file else { return nil }
        return interpreter.state.withLock { $0.folders[range.file] }
    }

    /// The name a file `source` reads goes by in diagnostics, remembered with its folder: the path as
    /// written, unless that name already stands for another file (the script's, or one in another
    /// folder), when it is the path resolved.
    private func sourced(_ path: String, from folder: String?) -> String {
        let resolved = (files.resolve(path, in: folder) as NSString).standardizingPath
        let home = (resolved as NSString).deletingLastPathComponent
        let scriptFolder = (files.resolve("") as NSString).standardizingPath
        return interpreter.state.withLock { state in
            let taken = path == file ? scriptFolder : state.folders[path]
            let name = taken.map { $0 != home } ?? false ? resolved : path
            state.folders[name] = home
            return name
        }
    }

    private func runSource(_ pathExpression: Expression, _ frame: Frame) async throws(Unwind) -> Value {
        let pathValue = try await evaluate(pathExpression, frame)
        guard case .string(let path) = pathValue else {
            throw frame.error("source needs a file path string, not \(pathValue.typeName)", at: pathExpression.range)
        }
        guard frame.sourceDepth < limits.sourceDepth else {
            throw frame.error(
                "source nested too deeply (more than \(limits.sourceDepth) files); does a file source itself?",
                at: pathExpression.range)
        }
        let data: Data
        let folder = folder(of: pathExpression.range)
        do throws(ScriptFiles.Failure) {
            data = try files.read(path, in: folder, what: "'\(path)'")
        } catch {
            throw frame.error(error.message, at: pathExpression.range)
        }
        let program: Program
        switch interpreter.parse(data, file: sourced(path, from: folder)) {
        case .program(let parsed): program = parsed
        case .errors(let diagnostics):
            let first = diagnostics.first ?? Diagnostic(message: "cannot parse '\(path)'", range: pathExpression.range)
            let more = diagnostics.count > 1 ? " (and \(diagnostics.count - 1) more)" : ""
            throw .error(RuntimeError(first.message + more, at: first.range, suggestion: first.suggestion, callStack: frame.callStack))
        }
        frame.sourceDepth += 1
        defer { frame.sourceDepth -= 1 }
        return try await execute(program.statements, frame)
    }
}
