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
        var code: String?
        var positional = arguments
        if arguments.first == "-c" {
            guard arguments.count >= 2 else { return nil }
            code = arguments[1]
            positional = Array(arguments.dropFirst(2))
            // After `-c CODE`, ArgumentParser still takes options until the first positional.
            if let next = positional.first, next.hasPrefix("-") { return nil }
        } else if let first = arguments.first, first.hasPrefix("-") || reservedFirstWords.contains(first) {
            return nil
        }
        // The same choice ArgumentParser's reading leads to.
        return try? ScriptInput.choose(code: code, positional: positional, standardInputIsTerminal: standardInputIsTerminal)
    }
}
