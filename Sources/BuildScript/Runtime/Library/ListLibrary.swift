import OrderedCollections

/// List and record helpers.
enum ListLibrary {
    private static func numbers(_ arguments: Arguments, _ name: String, ordering: Bool = false) throws -> [Double] {
        try (arguments.list("list") ?? []).map { value in
            guard case .number(let n) = value else { throw VerbError("\(name) needs a list of numbers, found \(value.typeName)") }
            guard ordering else { return n }
            do throws(OperationFailure) {
                return try SortOrder.orderable(n)
            } catch {
                throw VerbError("\(name) \(error.message)")
            }
        }
    }

    /// `list` without repeated elements, first occurrences kept. Numbers and strings are looked
    /// up by hash (equal exactly when `==` says so: `0` and `-0` are one number, `nan` equals
    /// nothing, strings compare as Swift compares them); a list holding anything else is compared
    /// element by element with `==`, since a time equals the ISO string that spells it.
    static func unique(_ list: [Value]) -> [Value] {
        var numbers = Set<Double>()
        var strings = Set<String>()
        var kept: [Value] = []
        for value in list {
            switch value {
            case .number(let n): if numbers.insert(n).inserted { kept.append(value) }
            case .string(let s): if strings.insert(s).inserted { kept.append(value) }
            default:
                kept = []
                for value in list where !kept.contains(where: { Operators.equal($0, value) }) { kept.append(value) }
                return kept
            }
        }
        return kept
    }

    static let verbs: [Verb] = [
        StandardLibraries.function(
            "push", "A list with a value added at the end.", [.positional("list", .list), .positional("value")],
            example: "push([1], 2)"
        ) { arguments, limits in
            let list = arguments.list("list") ?? [], value = arguments["value"] ?? .null
            guard list.count < limits.listLength else { throw VerbError(Operators.listTooLong(limits).message) }
            guard value.nestingDepth(upTo: limits.valueDepth) < limits.valueDepth else { throw VerbError(Value.tooDeep(limits.valueDepth)) }
            return .list(list + [value])
        },
        StandardLibraries.function(
            "keys", "The field names of a record.", [.positional("record", .record)], example: "keys({a: 1})"
        ) { arguments in .list((arguments.record("record") ?? [:]).keys.map(Value.string)) },
        StandardLibraries.function(
            "values", "The field values of a record.", [.positional("record", .record)], example: "values({a: 1})"
        ) { arguments in .list(Array((arguments.record("record") ?? [:]).values)) },
        StandardLibraries.function(
            "has", "Whether a record has a field.", [.positional("record", .record), .positional("field", .string)],
            example: "has($build, \"sid\")"
        ) { arguments in .bool(arguments.record("record")?[arguments.string("field") ?? ""] != nil) },
        StandardLibraries.function(
            "sum", "The sum of a list of numbers.", [.positional("list", .list)], example: "sum([1, 2])"
        ) { arguments in .number(try numbers(arguments, "sum").reduce(0, +)) },
        StandardLibraries.function(
            "min", "The smallest of a list of numbers (null when empty).", [.positional("list", .list)], example: "min([3, 1])"
        ) { arguments in try numbers(arguments, "min", ordering: true).min().map(Value.number) ?? .null },
        StandardLibraries.function(
            "max", "The largest of a list of numbers (null when empty).", [.positional("list", .list)], example: "max([3, 1])"
        ) { arguments in try numbers(arguments, "max", ordering: true).max().map(Value.number) ?? .null },
        StandardLibraries.function(
            "reverse", "A list in reverse order.", [.positional("list", .list)], example: "reverse([1, 2])"
        ) { arguments in .list((arguments.list("list") ?? []).reversed()) },
        StandardLibraries.function(
            "sorted", "A list sorted ascending (numbers, strings, times).", [.positional("list", .list)], example: "sorted([3, 1, 2])"
        ) { arguments in
            let list = arguments.list("list") ?? []
            do throws(OperationFailure) {
                return .list(try SortOrder.order(of: list).map { list[$0] })
            } catch {
                throw VerbError(error.message)
            }
        },
        StandardLibraries.function(
            "unique", "A list without repeated elements (equal as `==` says), first occurrences kept.", [.positional("list", .list)],
            example: "unique([1, 1, 2])"
        ) { arguments in .list(unique(arguments.list("list") ?? [])) },
        StandardLibraries.function(
            "slice", "Elements from start (0-based) up to, not including, end.",
            [.positional("list", .list), .positional("start", .integer), .positional("end", .integer, required: false)],
            example: "slice([1, 2, 3], 1)"
        ) { arguments in
            let list = arguments.list("list") ?? []
            let start = min(max(0, arguments.integer("start") ?? 0), list.count)
            let end = min(max(start, arguments.integer("end") ?? list.count), list.count)
            return .list(Array(list[start..<end]))
        },
    ]
}
