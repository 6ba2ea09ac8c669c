import Foundation
import OrderedCollections

extension Machine {
    /// Runs `source | stage | ...`. Over a stream, `where` and `select` stay lazy, `first N`
    /// pulls only N items and `count` holds none; `sort` and command stages consume what reaches them.
    func runPipeline(_ pipeline: Pipeline, _ range: SourceRange, _ frame: Frame) async throws(Unwind) -> Value {
        var current = try await evaluate(pipeline.source, frame)
        for stage in pipeline.stages {
            if Task.isCancelled { throw .cancelled }
            current = try await apply(stage, to: current, frame)
        }
        return current
    }

    private func apply(_ stage: PipelineStage, to input: Value, _ frame: Frame) async throws(Unwind) -> Value {
        if case .stream(let stream) = input {
            switch stage.kind {
            case .filter(let condition): return .stream(lazyFilter(stream, condition, frame))
            case .select(let fields): return .stream(lazySelect(stream, fields, stage.range, frame))
            case .first(let countExpression):
                guard let countExpression else {
                    return try await collect(stream, stage.range, frame, limit: 1).first ?? .null
                }
                let n = try await count(countExpression, frame)
                return .list(try await collect(stream, stage.range, frame, limit: n))
            case .count:
                var total = 0
                try await forEachItem(of: stream, stage.range, frame) { _ in total += 1 }
                return .number(Double(total))
            default:
                return try await apply(stage, to: .list(try await collect(stream, stage.range, frame)), frame)
            }
        }
        if case .record = input, case .select(let fields) = stage.kind {
            return try select(fields, from: input, stage.range, frame)
        }
        let items: [Value]
        switch input {
        case .list(let list): items = list
        case .null: items = []
        default: items = [input]
        }
        let itemFrame = frame.withItem(nil)
        switch stage.kind {
        case .filter(let condition):
            var kept: [Value] = []
            if let test = condition.compiled {
                // A pure condition: no suspension point per item.
                for item in items {
                    itemFrame.item = item
                    if try test(self, itemFrame).isTruthy { kept.append(item) }
                }
                return .list(kept)
            }
            for item in items {
                itemFrame.item = item
                if try await evaluate(condition, itemFrame).isTruthy { kept.append(item) }
            }
            return .list(kept)
        case .select(let fields):
            var selected: [Value] = []
            selected.reserveCapacity(items.count)
            for item in items { selected.append(try select(fields, from: item, stage.range, frame)) }
            return .list(selected)
        case .sort(let key, let descending):
            var keyed: [(Value, Value)] = []
            keyed.reserveCapacity(items.count)
            for item in items {
                itemFrame.item = item
                keyed.append((try await evaluate(key, itemFrame), item))
            }
            do throws(OperationFailure) {
                return .list(try SortOrder.order(of: keyed.map(\.0), descending: descending).map { keyed[$0].1 })
            } catch {
                throw frame.error(error.message, at: stage.range)
            }
        case .first(let countExpression):
            guard let countExpression else { return items.first ?? .null }
            return .list(Array(items.prefix(try await count(countExpression, frame))))
        case .count:
            return .number(Double(items.count))
        case .command(let command):
            if frame.scope.procedure(command.name) == nil, registry.entry(command.name) == nil {
                let names = ["where", "select", "sort", "first", "count"] + registry.names(inSafeMode: options.safeMode)
                throw frame.error(
                    "unknown command '\(command.name)'", at: command.nameRange,
                    suggestion: Suggestions.closest(to: command.name, in: names + frame.scope.visibleProcedures))
            }
            var scan = DestructiveScan(registry: registry, scope: frame.scope)
            let wasConfirmed = frame.confirmed
            defer { frame.confirmed = wasConfirmed }
            if let verb = scan.first(in: command, isCall: false), verb.isDestructive {
                try await confirm(verb, count: items.count, stage.range, frame)
            }
            var results: [Value] = []
            for item in items {
                if Task.isCancelled { throw .cancelled }
                let result = try await call(command, range: stage.range, frame, isCallSyntax: false, injected: item)
                if case .null = result { continue }
                results.append(result)
            }
            // A stage of commands that return nothing (`| delete build`) yields nothing; one value
            // piped in (`create build … | await`) yields one value, not a list of one.
            if results.isEmpty { return .null }
            if case .list = input { return .list(results) }
            return results[0]
        }
    }

    private func count(_ expression: Expression, _ frame: Frame) async throws(Unwind) -> Int {
        let value = try await evaluate(expression, frame)
        guard case .number(let n) = value, let whole = WholeNumber.exactly(n, in: 0...WholeNumber.exactBound) else {
            throw frame.error("first needs a whole number of items, not \(value.literalDescription)", at: expression.range)
        }
        return whole
    }

    func select(_ fields: [String], from item: Value, _ range: SourceRange, _ frame: Frame) throws(Unwind) -> Value {
        guard case .record(let record) = item else {
            throw frame.error("select needs records, not \(item.typeName)", at: range)
        }
        var selected = OrderedDictionary<String, Value>()
        for field in fields {
            guard let value = record[field] else {
                throw frame.error(
                    "no field '\(field)' in this record", at: range, suggestion: Suggestions.closest(to: field, in: Array(record.keys)))
            }
            selected[field] = value
        }
        return .record(selected)
    }

    private func lazyFilter(_ upstream: ValueStream, _ condition: Expression, _ frame: Frame) -> ValueStream {
        ValueStream { [self] in
            var iterator = upstream.makeIterator()
            let itemFrame = frame.withItem(nil)
            return ValueIterator {
                while let item = try await iterator.next() {
                    itemFrame.item = item
                    do throws(Unwind) {
                        if try await self.evaluate(condition, itemFrame).isTruthy { return item }
                    } catch {
                        throw error.publicError
                    }
                }
                return nil
            }
        }
    }

    private func lazySelect(_ upstream: ValueStream, _ fields: [String], _ range: SourceRange, _ frame: Frame) -> ValueStream {
        ValueStream(count: upstream.count) { [self] in
            var iterator = upstream.makeIterator()
            return ValueIterator {
                guard let item = try await iterator.next() else { return nil }
                do throws(Unwind) {
                    return try self.select(fields, from: item, range, frame)
                } catch {
                    throw error.publicError
                }
            }
        }
    }
}
