import Foundation

/// `print`, `help`, `len`, `type`, `str`, `num`, `repr`, `range`, `json`, `parse_json`, `error`, `sleep`.
enum CoreLibrary {
    static let verbs: [Verb] = [
        Verb(
            "print", summary: "Print values as text, separated by spaces.",
            parameters: [.variadic("values", doc: "what to print")], example: "print \"hello\" $name"
        ) { arguments, context in
            var parts: [String] = []
            for value in arguments.list("values") ?? [] {
                // A stream (a listing in parentheses) prints as the list of what it yields.
                if case .stream(let stream) = value {
                    parts.append(Value.list(try await stream.collect()).description)
                } else {
                    parts.append(value.description)
                }
            }
            try await context.print(parts.joined(separator: " "))
            return .null
        },
        Verb(
            "help", summary: "Show the commands, or how to use one.",
            // Any value: `help true` and `help null` ask about words that parse as literals.
            parameters: [.positional("command", .any, required: false, doc: "a command name or a word of the language", example: "create"),
                         .variadic("noun", .string, doc: "a noun, for verbs that take one")],
            example: "help create build"
        ) { arguments, context in
            let noun = (arguments.list("noun") ?? []).map(\.description).joined(separator: " ")
            let command = arguments["command"]?.description
            guard let text = context.helpText(for: command, noun: noun.isEmpty ? nil : noun) else {
                throw context.helpNotFound(for: command, noun: noun.isEmpty ? nil : noun)
            }
            return .string(text)
        },
        StandardLibraries.function(
            "len", "The number of elements, fields or characters.", [.positional("value", doc: "a list, record or string")],
            example: "len([1, 2, 3])"
        ) { arguments in
            switch arguments["value"] ?? .null {
            case .list(let l): return .number(Double(l.count))
            case .record(let r): return .number(Double(r.count))
            case .string(let s): return .number(Double(s.count))
            case .null: return 0
            case let other: throw VerbError("len needs a list, record or string, not \(other.typeName)")
            }
        },
        StandardLibraries.function(
            "type", "The type name of a value.", [.positional("value")], example: "type(5s)"
        ) { arguments in .string((arguments["value"] ?? .null).typeName) },
        StandardLibraries.function(
            "str", "A value as text.", [.positional("value")], example: "str(42)"
        ) { arguments in .string((arguments["value"] ?? .null).description) },
        StandardLibraries.function(
            "repr", "A value as source-like text (strings quoted).", [.positional("value")], example: "repr(\"a\")"
        ) { arguments in .string((arguments["value"] ?? .null).literalDescription) },
        StandardLibraries.function(
            "num", "A string or duration as a number (durations in seconds).", [.positional("value")], example: "num(\"42\")"
        ) { arguments in
            switch arguments["value"] ?? .null {
            case .number(let n): return .number(n)
            case .duration(let d): return .number(d)
            case .bool(let b): return .number(b ? 1 : 0)
            case .string(let s):
                guard let n = Double(s.trimmingCharacters(in: .whitespaces)) else { throw VerbError("'\(s)' is not a number") }
                return .number(n)
            case let other: throw VerbError("cannot turn \(other.typeName) into a number")
            }
        },
        StandardLibraries.function(
            "range", "The numbers from start up to (not including) end (`foreach` counts without building the list).",
            [.positional("a", .number, doc: "the end, or the start when two are given"),
             .positional("b", .number, required: false, doc: "the end"),
             .positional("step", .number, required: false, doc: "the step (default 1)")],
            example: "range(5)"
        ) { arguments, limits in
            let (from, to, step) = rangeBounds(arguments)
            let count = try WholeNumber.rangeCount(from: from, to: to, step: step)
            guard count <= limits.listLength else {
                throw VerbError("range is too large to build as a list (\(count) items); loop over it with foreach")
            }
            return .list((0..<count).map { .number(WholeNumber.rangeItem($0, from: from, step: step)) })
        },
        StandardLibraries.function(
            "json", "A value as JSON text.",
            [.positional("value"), .named("pretty", .bool, doc: "indent the output")], example: "json({a: 1})"
        ) { arguments in .string((arguments["value"] ?? .null).toJSON(pretty: arguments.bool("pretty") ?? false)) },
        StandardLibraries.function(
            "parse_json", "Reads JSON text into a value.", [.positional("text", .string)], example: "parse_json(\"[1, 2]\")"
        ) { arguments in try Value(json: arguments.string("text") ?? "") },
        StandardLibraries.function(
            "error", "Raises an error (catch it with try/catch).",
            [.positional("message", .string), .named("code", .integer), .named("details")], example: "error(\"not found\", code=404)"
        ) { arguments in
            throw VerbError(arguments.string("message") ?? "error", code: arguments.integer("code"), details: arguments["details"])
        },
        Verb(
            "sleep", summary: "Waits for a duration (cancellable).", parameters: [.positional("duration", .duration)],
            example: "sleep 500ms"
        ) { arguments, _ in
            let seconds = try WholeNumber.seconds(max(0, arguments.duration("duration") ?? 0), naming: "the sleep duration")
            try await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
            return .null
        },
    ]

    /// `range(a)`, `range(a, b)`, `range(a, b, step)`: from `a` (or 0) up to `b` (or `a`), by `step`
    /// (or 1). `foreach` over a `range(...)` call reads its arguments here too.
    static func rangeBounds(_ arguments: Arguments) -> (from: Double, to: Double, step: Double) {
        let a = arguments.number("a") ?? 0
        let (from, to) = arguments.number("b").map { (a, $0) } ?? (0, a)
        return (from, to, arguments.number("step") ?? 1)
    }
}
