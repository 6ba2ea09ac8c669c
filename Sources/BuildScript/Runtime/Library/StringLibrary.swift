import Foundation

/// String helpers.
enum StringLibrary {
    private static func text(_ name: String, _ summary: String, example: String, _ transform: @escaping @Sendable (String) -> String) -> Verb {
        StandardLibraries.function(name, summary, [.positional("text", .string)], example: example) { arguments in
            .string(transform(arguments.string("text") ?? ""))
        }
    }

    static let verbs: [Verb] = [
        text("upper", "Upper-case text.", example: "upper(\"abc\")") { $0.uppercased() },
        text("lower", "Lower-case text.", example: "lower(\"ABC\")") { $0.lowercased() },
        text("trim", "Text without leading and trailing white space.", example: "trim(\"  a \")") {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        },
        StandardLibraries.function(
            "split", "Splits text at a separator (white space when omitted).",
            [.positional("text", .string), .positional("separator", .string, required: false)], example: "split(\"a,b\", \",\")"
        ) { arguments in
            let text = arguments.string("text") ?? ""
            guard let separator = arguments.string("separator"), !separator.isEmpty else {
                return .list(text.split(whereSeparator: \.isWhitespace).map { .string(String($0)) })
            }
            return .list((ASCIIText.split(text, by: separator) ?? text.components(separatedBy: separator)).map(Value.string))
        },
        StandardLibraries.function(
            "join", "Joins a list's elements as text.", [.positional("list", .list), .positional("separator", .string, required: false)],
            example: "join([1, 2], \"-\")"
        ) { arguments in
            .string((arguments.list("list") ?? []).map(\.description).joined(separator: arguments.string("separator") ?? ""))
        },
        StandardLibraries.function(
            "contains", "Whether text contains a part, a list an element, or a record a field (as `element in container`).",
            [.positional("container"), .positional("element")], example: "contains(\"node22\", \"node\")"
        ) { arguments in
            do throws(OperationFailure) {
                return .bool(try Operators.contains(arguments["container"] ?? .null, arguments["element"] ?? .null))
            } catch {
                throw VerbError(error.message)
            }
        },
        StandardLibraries.function(
            "starts_with", "Whether text starts with a prefix.", [.positional("text", .string), .positional("prefix", .string)],
            example: "starts_with(\"ZB12\", \"ZB\")"
        ) { arguments in .bool((arguments.string("text") ?? "").hasPrefix(arguments.string("prefix") ?? "")) },
        StandardLibraries.function(
            "ends_with", "Whether text ends with a suffix.", [.positional("text", .string), .positional("suffix", .string)],
            example: "ends_with(\"a.js\", \".js\")"
        ) { arguments in .bool((arguments.string("text") ?? "").hasSuffix(arguments.string("suffix") ?? "")) },
        StandardLibraries.function(
            "replace", "Replaces every occurrence of a part.",
            [.positional("text", .string), .positional("old", .string), .positional("new", .string)],
            example: "replace(\"a-b\", \"-\", \"_\")"
        ) { arguments in
            let old = arguments.string("old") ?? ""
            guard !old.isEmpty else { throw VerbError("replace needs a non-empty text to replace") }
            let text = arguments.string("text") ?? "", new = arguments.string("new") ?? ""
            return .string(ASCIIText.replace(text, old, with: new) ?? text.replacingOccurrences(of: old, with: new))
        },
        StandardLibraries.function(
            "substr", "Characters from start (0-based), up to length of them.",
            [.positional("text", .string), .positional("start", .integer), .positional("length", .integer, required: false)],
            example: "substr(\"ZB123\", 0, 2)"
        ) { arguments in
            let characters = Array(arguments.string("text") ?? "")
            let start = min(max(0, arguments.integer("start") ?? 0), characters.count)
            let length = max(0, arguments.integer("length") ?? characters.count)
            return .string(String(characters[start..<min(characters.count, start + min(length, characters.count))]))
        },
        StandardLibraries.function(
            "format_number", "A number with a fixed count of decimals.", [.positional("number", .number), .positional("decimals", .integer)],
            example: "format_number(3.14159, 2)"
        ) { arguments in
            .string(String(format: "%.\(min(max(0, arguments.integer("decimals") ?? 0), 15))f", arguments.number("number") ?? 0))
        },
    ]
}
