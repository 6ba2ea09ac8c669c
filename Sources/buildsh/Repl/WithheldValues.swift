import BuildScript

/// The values of a typed statement that are never written down: those of sensitive arguments
/// (a variable's `value=`, see ``Interpreter/sensitiveArguments(in:)``). History keeps the statement
/// with each replaced by ``historyPlaceholder``; `.save` by a read of an environment variable
/// (``SavedValueVariables``).
enum WithheldValues: Equatable {
    /// Nothing to withhold.
    case none
    /// These values, each replaced wherever the statement is kept.
    case values([SensitiveArgument])
    /// The statement does not parse and names a sensitive parameter: none of it is kept.
    case unknown

    /// What history keeps instead of a value: running the recalled line stops with this error
    /// rather than sending a made-up value.
    static let historyPlaceholder = #"error("value not kept in history")"#

    /// The values to replace.
    var arguments: [SensitiveArgument] {
        if case .values(let arguments) = self { return arguments }
        return []
    }

    /// The statement as history keeps it, or nil when none of it may be kept.
    func historyEntry(for source: String) -> String? {
        switch self {
        case .none: source
        case .values(let arguments): SensitiveArgument.replacing(arguments, in: source) { _ in Self.historyPlaceholder }
        case .unknown: nil
        }
    }
}

/// The environment variables a script written by `.save` reads the values it left out from: one
/// per value, named after the variable's key (`BUILDSH_VALUE_STRIPE_SECRET`) or numbered
/// (`BUILDSH_VALUE_1`), and checked at the top of the script, so it stops before doing anything
/// when one is unset.
struct SavedValueVariables {
    /// One value left out: the environment variable it is read from, and what it is for.
    struct Entry: Equatable {
        let name: String
        let purpose: String
    }

    /// The values left out, in the order of the script.
    private(set) var entries: [Entry] = []
    private var taken: Set<String> = []

    /// The prefix of every name.
    static let prefix = "BUILDSH_VALUE"

    /// Names the variable for `argument` and returns what the script reads instead of the value.
    mutating func placeholder(for argument: SensitiveArgument) -> String {
        let key = argument.otherArguments["key"].map(Self.nameCharacters)
        let base = key.map { Self.prefix + "_" + $0 } ?? Self.prefix
        var name = key == nil ? "\(base)_1" : base
        var number = 1
        while taken.contains(name) {
            number += 1
            name = "\(base)_\(number)"
        }
        taken.insert(name)
        let what = argument.otherArguments["key"].map { " key=\(Self.oneLine($0))" } ?? ""
        entries.append(Entry(name: name, purpose: "\(argument.parameter)= of \(argument.command)\(what)"))
        return "env(\(Value.string(name).literalDescription))"
    }

    /// The lines before the statements: comments naming each variable, and one check each that
    /// stops the script, naming the variable, when it is unset.
    var preamble: [String] {
        guard !entries.isEmpty else { return [] }
        let count = entries.count == 1
            ? "1 value, read from the environment variable below" : "\(entries.count) values, read from the environment variables below"
        var lines = ["# Not written down: \(count) (unset, the script stops before doing anything):"]
        lines += entries.map { "#   \($0.name)  (\($0.purpose))" }
        lines += entries.map { entry in
            let message = "set \(entry.name) to the \(entry.purpose): .save does not write values down"
            return "if env(\(Value.string(entry.name).literalDescription)) == null { error(\(Value.string(message).literalDescription)) }"
        }
        return lines
    }

    /// `KEY-1.x` as `KEY_1_x`: what an environment variable name may hold.
    private static func nameCharacters(_ text: String) -> String {
        let mapped = text.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
                ? Character(scalar) : "_"
        }
        return mapped.isEmpty ? "_" : String(mapped)
    }

    /// Text for a comment: one line.
    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
