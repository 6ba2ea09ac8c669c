import Foundation

/// The command lines nearly every run has — `buildsh`, `buildsh FILE ARGS…` and
/// `buildsh -c CODE ARGS…`, with no option — read without ArgumentParser, whose reflection over
/// the option declarations is a quarter of the start-up time. Any other command line (an option,
/// a subcommand, help, a file name starting with `-`) is left to ArgumentParser, which reads
/// these the same way: the first positional and everything after it are the script and `$args`.
enum QuickArguments {
    /// The words ArgumentParser must see: the subcommands and the help word.
    private static let reservedFirstWords: Set<String> = ["sandbox", "run", "help"]

    /// The input `arguments` ask for, or nil when ArgumentParser must read them.
    static func input(_ arguments: [String], standardInputIsTerminal: Bool) -> ScriptInput? {
        guard let first = arguments.first else {
            return standardInputIsTerminal ? .repl : .standardInput(arguments: [])
        }
        if first == "-c" {
            guard arguments.count >= 2 else { return nil }
            let rest = Array(arguments.dropFirst(2))
            // After `-c CODE`, ArgumentParser still takes options until the first positional.
            if let next = rest.first, next.hasPrefix("-") { return nil }
            return .code(arguments[1], arguments: rest)
        }
        guard !first.hasPrefix("-"), !reservedFirstWords.contains(first) else { return nil }
        return .file(path: first, arguments: Array(arguments.dropFirst()))
    }
}
