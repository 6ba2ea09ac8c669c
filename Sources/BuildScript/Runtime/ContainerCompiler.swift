import OrderedCollections

/// Compiles pure list and record literals (`[a, b]`, `{sid: "ZB${i}", n: $i}`) into closures, so
/// building a container costs one allocation for its elements and no walk of the syntax tree.
///
/// A record literal's keys are known when it is parsed: they are laid out once in a template whose
/// key storage every record built from it shares. The depth limit (``Limits/valueDepth``) is
/// checked only when an element is itself a container, which is the only way the new value can
/// nest deeper than one level.
enum ContainerCompiler {
    /// A compiled element, kept in a struct so calls from an array need no reabstraction thunk.
    private struct Element: Sendable {
        let run: CompiledExpression
    }

    /// `[a, b, ...]`.
    static func list(_ elements: [Expression], _ range: SourceRange) -> CompiledExpression {
        let codes = elements.map { Element(run: ExpressionCompiler.code(of: $0)) }
        if codes.count == 1 {
            // `[x]` (as in `records += [x]`): no loop.
            let only = codes[0].run
            return { machine, frame throws(Unwind) in
                let value = try only(machine, frame)
                return try checked(.list([value]), nested: value.isContainer, range, machine, frame)
            }
        }
        return { machine, frame throws(Unwind) in
            var values: [Value] = []
            values.reserveCapacity(codes.count)
            var nested = false
            for code in codes {
                let value = try code.run(machine, frame)
                nested = nested || value.isContainer
                values.append(value)
            }
            return try checked(.list(values), nested: nested, range, machine, frame)
        }
    }

    /// `{key: value, ...}`. A key written twice keeps its first position and its last value, as
    /// assigning the fields in order (the tree walker) does.
    static func record(_ entries: [RecordEntry], _ range: SourceRange) -> CompiledExpression {
        var keys = OrderedSet<String>()
        var places: [Int] = []
        var compiled: [Element] = []
        for entry in entries {
            places.append(keys.append(entry.key).index)
            compiled.append(Element(run: ExpressionCompiler.code(of: entry.value)))
        }
        let (codes, positions) = (compiled, places)
        let template = OrderedDictionary(uniqueKeys: keys, values: repeatElement(Value.null, count: keys.count))
        return { machine, frame throws(Unwind) in
            var fields = template
            var nested = false
            for i in codes.indices {
                let value = try codes[i].run(machine, frame)
                nested = nested || value.isContainer
                fields.values[positions[i]] = value
            }
            return try checked(.record(fields), nested: nested, range, machine, frame)
        }
    }

    /// Whether `[item]` nests no deeper than `depthLimit` (what ``Machine/bounded(_:_:_:)`` checks
    /// of a list of one, without building it).
    @inline(__always)
    static func fitsInList(_ item: Value, depthLimit: Int) -> Bool {
        guard depthLimit >= 1 else { return false }
        guard item.isContainer else { return true }
        return item.nestingDepth(upTo: depthLimit - 1) < depthLimit
    }

    /// `container` after the depth check, which only a nested element (or a limit below one level)
    /// can fail.
    @inline(__always)
    private static func checked(
        _ container: Value, nested: Bool, _ range: SourceRange, _ machine: Machine, _ frame: Frame
    ) throws(Unwind) -> Value {
        guard nested || machine.limits.valueDepth < 1 else { return container }
        return try machine.bounded(container, range, frame)
    }
}
