import ArgumentParser
import Foundation

/// The command tree the shell completion scripts are made from (`buildsh
/// --generate-completion-script bash|zsh|fish`, see ``CompletionScripts``) and that answers their
/// questions (`buildsh ---completion …`, for `-p`'s profile names). It is ``BuildShell`` with the
/// runner's options at the top: in the real tree they belong to `run`, the default subcommand,
/// which the generated scripts would offer only after the word `run`.
struct CompletionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "buildsh",
        abstract: BuildShell.configuration.abstract,
        version: BuildShellVersion.current,
        subcommands: [SandboxCommand.self]
    )

    @OptionGroup var options: RunOptions

    /// Whether `arguments` ask for a completion script or a completion: they go to this tree.
    static func handles(_ arguments: [String]) -> Bool {
        guard let first = arguments.first else { return false }
        return first == "---completion" || first == "--generate-completion-script"
            || first.hasPrefix("--generate-completion-script=")
    }

    /// Prints the completion script or the completions `arguments` ask for, and exits.
    static func answer(_ arguments: [String]) async -> Never {
        if let shell = requestedShell(arguments) {
            print(CompletionScripts.script(for: shell), terminator: "")
            Foundation.exit(0)
        }
        // A completion, or a script request ArgumentParser answers itself (no shell named: the one
        // in $SHELL; an unknown one: its error).
        await main(arguments)
        Foundation.exit(0)
    }

    /// The shell of `--generate-completion-script SHELL` (or `=SHELL`), when it names one.
    private static func requestedShell(_ arguments: [String]) -> CompletionShell? {
        guard arguments.count <= 2, let first = arguments.first else { return nil }
        let name = first.hasPrefix("--generate-completion-script=")
            ? String(first.dropFirst("--generate-completion-script=".count))
            : first == "--generate-completion-script" && arguments.count == 2 ? arguments[1] : nil
        return name.flatMap(CompletionShell.init(rawValue:))
    }
}
