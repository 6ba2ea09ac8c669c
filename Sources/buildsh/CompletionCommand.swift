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

    /// Prints the completion script or the completions `arguments` ask for, and exits: a shell it
    /// cannot write for is a usage error (status 2).
    static func answer(_ arguments: [String]) -> Never {
        if let shell = requestedShell(arguments) {
            print(CompletionScripts.script(for: shell), terminator: "")
            Foundation.exit(0)
        }
        do {
            // ArgumentParser answers a completion (and refuses an unknown shell) by throwing.
            _ = try parseAsRoot(arguments)
            Foundation.exit(0)
        } catch {
            Foundation.exit(BuildShell.report(error, as: CompletionCommand.self))
        }
    }

    /// The shell of `--generate-completion-script SHELL` (or `=SHELL`; with none named, the one
    /// `$SHELL` names), when it is one the scripts are written for.
    private static func requestedShell(_ arguments: [String]) -> CompletionShell? {
        guard arguments.count <= 2, let first = arguments.first else { return nil }
        if first.hasPrefix("--generate-completion-script=") {
            return CompletionShell(rawValue: String(first.dropFirst("--generate-completion-script=".count)))
        }
        guard first == "--generate-completion-script" else { return nil }
        return arguments.count == 2 ? CompletionShell(rawValue: arguments[1]) : CompletionShell.autodetected()
    }
}
