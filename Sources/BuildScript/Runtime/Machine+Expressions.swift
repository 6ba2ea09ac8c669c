import Foundation
import OrderedCollections

extension Machine {
    /// Evaluates an expression: by its compiled closure when the compile pass made one (a pure
    /// expression: it never suspends), otherwise by walking its tree. The walk is the reference
    /// evaluation: each node's rule is a call to the same function the compiled closures call
    /// (``Operators``, ``variable(_:_:_:)``, ``member(_:_:_:_:)``, ...), and a program run on it
    /// alone (``InterpreterOptions/treeWalkerOnly``) gives the same results.
    func evaluate(_ expression: Expression, _ frame: Frame) async throws(Unwind) -> Value {
        if let compiled = expression.compiled { return try compiled(self, frame) }
        let range = expression.range
        switch expression.kind {
        case .literal(let literal):
            return literal.value
        case .bareWord(let word):
            return .string(word)
        case .variable(let symbol):
            return try variable(symbol, range, frame)
        case .field(let name):
            return try field(name, range, frame)
        case .filePath(let path):
            return try file(path, range, frame)
        case .call(let command):
            return try await call(command, range: range, frame, isCallSyntax: true)
        case .command(let command):
            return try await call(command, range: range, frame, isCallSyntax: false)
        case .pipeline(let pipeline):
            return try await runPipeline(pipeline, range, frame)
        case .interpolated(let parts):
            var text = ""
            for part in parts {
                switch part {
                case .text(let t): text += t
                case .expression(let e): text += try await evaluate(e, frame).interpolationText
                }
            }
            return .string(text)
        case .list(let elements):
            var values: [Value] = []
            values.reserveCapacity(elements.count)
            for element in elements { values.append(try await evaluate(element, frame)) }
            return try bounded(.list(values), range, frame)
        case .record(let entries):
            var fields = OrderedDictionary<String, Value>()
            for entry in entries { fields[entry.key] = try await evaluate(entry.value, frame) }
            return try bounded(.record(fields), range, frame)
        case .member(let base, let name):
            return try member(try await evaluate(base, frame), name, range, frame)
        case .index(let base, let index):
            return try subscripted(try await evaluate(base, frame), try await evaluate(index, frame), range, frame)
        case .unary(let op, let operand):
            return try unary(op, try await evaluate(operand, frame), range, frame)
        case .binary(let op, let left, let right):
            let l = try await evaluate(left, frame)
            if let decided = Operators.decided(op, by: l) { return decided }
            return try binary(op, l, try await evaluate(right, frame), range, frame)
        }
    }

    /// `$name`: a variable, or the current pipeline item for `$_`.
    func variable(_ symbol: Symbol, _ range: SourceRange, _ frame: Frame) throws(Unwind) -> Value {
        if let value = frame.scope.lookup(symbol) { return value }
        if symbol.name == "_", let item = frame.item { return item }
        throw unknownVariable(symbol.name, range, frame)
    }

    /// A bare name: a field of the current item inside `where`, `select` and `sort`, an error elsewhere.
    func field(_ name: String, _ range: SourceRange, _ frame: Frame) throws(Unwind) -> Value {
        guard let item = frame.item else {
            let isVariable = frame.scope.lookup(name) != nil
            throw frame.error(
                "unknown name '\(name)'" + (isVariable ? "; variables are written with '$'" : "")
                    + " (bare names are fields of the current record inside where, select and sort)",
                at: range,
                suggestion: isVariable
                    ? "$" + name
                    : Suggestions.closest(to: name, in: frame.scope.visibleNames).map { "$" + $0 })
        }
        return try member(item, name, range, frame)
    }

    /// `@path`: the text of a file.
    func file(_ path: String, _ range: SourceRange, _ frame: Frame) throws(Unwind) -> Value {
        do throws(ScriptFiles.Failure) {
            return .string(String(decoding: try files.read(path, in: folder(of: range), what: "file '\(path)'"), as: UTF8.self))
        } catch {
            throw frame.error(error.message, at: range)
        }
    }

    /// A list or record just built, if it nests no deeper than ``Limits/valueDepth`` (printing,
    /// JSON and equality walk values recursively, so deeper values are never made).
    func bounded(_ container: Value, _ range: SourceRange, _ frame: Frame) throws(Unwind) -> Value {
        let limit = limits.valueDepth
        guard container.nestingDepth(upTo: limit) <= limit else { throw frame.error(Value.tooDeep(limit), at: range) }
        return container
    }

    func unknownVariable(_ name: String, _ range: SourceRange, _ frame: Frame) -> Unwind {
        var candidates = frame.scope.visibleNames
        if frame.item != nil { candidates.append("_") }
        return frame.error(
            "unknown variable '$\(name)'", at: range,
            suggestion: Suggestions.closest(to: name, in: candidates).map { "$" + $0 })
    }

    func binary(_ op: BinaryOperator, _ left: Value, _ right: Value, _ range: SourceRange, _ frame: Frame) throws(Unwind) -> Value {
        do throws(OperationFailure) {
            return try Operators.binary(op, left, right, limits: limits)
        } catch {
            throw frame.error(error.message, at: range)
        }
    }

    func unary(_ op: UnaryOperator, _ value: Value, _ range: SourceRange, _ frame: Frame) throws(Unwind) -> Value {
        do throws(OperationFailure) {
            return try Operators.unary(op, value)
        } catch {
            throw frame.error(error.message, at: range)
        }
    }

    func member(_ base: Value, _ name: String, _ range: SourceRange, _ frame: Frame) throws(Unwind) -> Value {
        switch base {
        case .record(let fields):
            if let value = fields[name] { return value }
            throw frame.error(
                "no field '\(name)' in this record", at: range,
                suggestion: Suggestions.closest(to: name, in: Array(fields.keys)))
        case .error(let error):
            let fields = error.record
            if let value = fields[name] { return value }
            throw frame.error("no field '\(name)' in this error (it has message, code, details)", at: range,
                suggestion: Suggestions.closest(to: name, in: Array(fields.keys)))
        default:
            throw frame.error("cannot read field '\(name)' of \(base.typeName)", at: range)
        }
    }

    /// Where index `n` points among `count` elements (negative counts from the end), or the error
    /// naming the `container` (`list`, `string`) and its `unit` (`elements`, `characters`).
    private func position(
        _ n: Double, among count: Int, of container: String, unit: String, _ range: SourceRange, _ frame: Frame
    ) throws(Unwind) -> Int {
        let whole: Int
        do throws(VerbError) {
            whole = try WholeNumber.convert(n, naming: "\(container) index")
        } catch {
            throw frame.error(error.message, at: range)
        }
        let i = whole < 0 ? count + whole : whole
        guard i >= 0, i < count else {
            throw frame.error("index \(Value.format(number: n)) is out of range (the \(container) has \(count) \(unit))", at: range)
        }
        return i
    }

    func subscripted(_ base: Value, _ index: Value, _ range: SourceRange, _ frame: Frame) throws(Unwind) -> Value {
        switch (base, index) {
        case (.list(let elements), .number(let n)):
            return elements[try position(n, among: elements.count, of: "list", unit: "elements", range, frame)]
        case (.string(let text), .number(let n)):
            let characters = Array(text)
            return .string(String(characters[try position(n, among: characters.count, of: "string", unit: "characters", range, frame)]))
        case (.record, .string(let key)), (.error, .string(let key)):
            return try member(base, key, range, frame)
        default:
            throw frame.error("cannot index \(base.typeName) with \(index.typeName)", at: range)
        }
    }
}
