import Foundation
import OrderedCollections

extension Machine {
    /// Evaluates an expression; pure ones (no commands, calls or pipelines) never suspend.
    func evaluate(_ expression: Expression, _ frame: Frame) async throws(Unwind) -> Value {
        if expression.isPure { return try evaluatePure(expression, frame) }
        switch expression.kind {
        case .call(let command):
            return try await call(command, range: expression.range, frame, isCallSyntax: true)
        case .command(let command):
            return try await call(command, range: expression.range, frame, isCallSyntax: false)
        case .pipeline(let pipeline):
            return try await runPipeline(pipeline, expression.range, frame)
        case .interpolated(let parts):
            var text = ""
            for part in parts {
                switch part {
                case .text(let t): text += t
                case .expression(let e): text += try await evaluate(e, frame).description
                }
            }
            return .string(text)
        case .list(let elements):
            var values: [Value] = []
            values.reserveCapacity(elements.count)
            for element in elements { values.append(try await evaluate(element, frame)) }
            return try bounded(.list(values), expression.range, frame)
        case .record(let entries):
            var fields = OrderedDictionary<String, Value>()
            for entry in entries { fields[entry.key] = try await evaluate(entry.value, frame) }
            return try bounded(.record(fields), expression.range, frame)
        case .member(let base, let name):
            return try member(try await evaluate(base, frame), name, expression.range, frame)
        case .index(let base, let index):
            return try subscripted(try await evaluate(base, frame), try await evaluate(index, frame), expression.range, frame)
        case .unary(let op, let operand):
            return try unary(op, try await evaluate(operand, frame), expression.range, frame)
        case .binary(let op, let left, let right):
            let l = try await evaluate(left, frame)
            switch op {
            case .and: return l.isTruthy ? .bool(try await evaluate(right, frame).isTruthy) : .bool(false)
            case .or: return l.isTruthy ? .bool(true) : .bool(try await evaluate(right, frame).isTruthy)
            default: return try binary(op, l, try await evaluate(right, frame), expression.range, frame)
            }
        case .literal, .bareWord, .variable, .field, .filePath:
            return try evaluatePure(expression, frame)
        }
    }

    /// Evaluates a pure expression synchronously.
    @inline(__always)
    func evaluatePure(_ expression: Expression, _ frame: Frame) throws(Unwind) -> Value {
        if let compiled = expression.compiled { return try compiled(self, frame) }
        return try evaluatePure(kind: expression.kind, range: expression.range, frame)
    }

    /// Evaluates a pure expression by walking its tree (the fallback of compiled expressions).
    func evaluatePure(kind: ExpressionKind, range: SourceRange, _ frame: Frame) throws(Unwind) -> Value {
        let expression = (kind: kind, range: range)
        switch expression.kind {
        case .literal(let literal): return literal.value
        case .bareWord(let word): return .string(word)
        case .variable(let symbol):
            if let value = frame.scope.lookup(symbol) { return value }
            if symbol.name == "_", let item = frame.item { return item }
            throw unknownVariable(symbol.name, expression.range, frame)
        case .field(let name):
            guard let item = frame.item else {
                let isVariable = frame.scope.lookup(name) != nil
                throw frame.error(
                    "unknown name '\(name)'" + (isVariable ? "; variables are written with '$'" : "")
                        + " (bare names are fields of the current record inside where, select and sort)",
                    at: expression.range,
                    suggestion: isVariable
                        ? "$" + name
                        : Suggestions.closest(to: name, in: frame.scope.visibleNames).map { "$" + $0 })
            }
            return try member(item, name, expression.range, frame)
        case .filePath(let path):
            do throws(ScriptFiles.Failure) {
                return .string(String(decoding: try files.read(path, what: "file '\(path)'"), as: UTF8.self))
            } catch {
                throw frame.error(error.message, at: expression.range)
            }
        case .interpolated(let parts):
            var text = ""
            for part in parts {
                switch part {
                case .text(let t): text += t
                case .expression(let e):
                    let value = try evaluatePure(e, frame)
                    text += value.description
                }
            }
            return .string(text)
        case .list(let elements):
            var values: [Value] = []
            values.reserveCapacity(elements.count)
            for element in elements { values.append(try evaluatePure(element, frame)) }
            return try bounded(.list(values), range, frame)
        case .record(let entries):
            var fields = OrderedDictionary<String, Value>()
            for entry in entries { fields[entry.key] = try evaluatePure(entry.value, frame) }
            return try bounded(.record(fields), range, frame)
        case .member(let base, let name):
            return try member(try evaluatePure(base, frame), name, expression.range, frame)
        case .index(let base, let index):
            return try subscripted(try evaluatePure(base, frame), try evaluatePure(index, frame), expression.range, frame)
        case .unary(let op, let operand):
            return try unary(op, try evaluatePure(operand, frame), expression.range, frame)
        case .binary(let op, let left, let right):
            let l = try evaluatePure(left, frame)
            switch op {
            case .and: return l.isTruthy ? .bool(try evaluatePure(right, frame).isTruthy) : .bool(false)
            case .or: return l.isTruthy ? .bool(true) : .bool(try evaluatePure(right, frame).isTruthy)
            default:
                let r = try evaluatePure(right, frame)
                if case .number(let a) = l, case .number(let b) = r {
                    switch op {
                    case .add: return .number(a + b)
                    case .subtract: return .number(a - b)
                    case .multiply: return .number(a * b)
                    case .less: return .bool(a < b)
                    case .lessOrEqual: return .bool(a <= b)
                    case .greater: return .bool(a > b)
                    case .greaterOrEqual: return .bool(a >= b)
                    case .equal: return .bool(a == b)
                    case .notEqual: return .bool(a != b)
                    default: break
                    }
                }
                return try binary(op, l, r, expression.range, frame)
            }
        case .call, .command, .pipeline:
            throw frame.error("internal: impure expression in pure evaluation", at: expression.range)
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
        switch (op, value) {
        case (.not, _): return .bool(!value.isTruthy)
        case (.negate, .number(let n)): return .number(-n)
        case (.negate, .duration(let d)): return .duration(-d)
        default: throw frame.error("cannot negate \(value.typeName)", at: range)
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

    private func wholeIndex(_ n: Double, _ name: String, _ range: SourceRange, _ frame: Frame) throws(Unwind) -> Int {
        do throws(VerbError) {
            return try WholeNumber.convert(n, naming: name)
        } catch {
            throw frame.error(error.message, at: range)
        }
    }

    func subscripted(_ base: Value, _ index: Value, _ range: SourceRange, _ frame: Frame) throws(Unwind) -> Value {
        switch (base, index) {
        case (.list(let elements), .number(let n)):
            let whole = try wholeIndex(n, "list index", range, frame)
            let i = whole < 0 ? elements.count + whole : whole
            guard i >= 0, i < elements.count else {
                throw frame.error("index \(Value.format(number: n)) is out of range (the list has \(elements.count) elements)", at: range)
            }
            return elements[i]
        case (.string(let text), .number(let n)):
            let characters = Array(text)
            let whole = try wholeIndex(n, "string index", range, frame)
            let i = whole < 0 ? characters.count + whole : whole
            guard i >= 0, i < characters.count else {
                throw frame.error("index \(Value.format(number: n)) is out of range (the string has \(characters.count) characters)", at: range)
            }
            return .string(String(characters[i]))
        case (.record, .string(let key)), (.error, .string(let key)):
            return try member(base, key, range, frame)
        default:
            throw frame.error("cannot index \(base.typeName) with \(index.typeName)", at: range)
        }
    }
}
