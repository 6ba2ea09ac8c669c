import ArgumentParser
import Foundation

/// The `buildsh` command line: the REPL and script runner by default, plus `buildsh sandbox ...`.
@main
struct BuildShell: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "buildsh",
        abstract: "A scripting REPL for Twilio Serverless build operations.",
        usage: """
            buildsh [options]                    open the REPL
            buildsh [options] FILE [ARGS...]     run a script ($args holds ARGS)
            buildsh [options] -c CODE [ARGS...]  run CODE
            COMMANDS | buildsh [options]         run the script on standard input
            buildsh sandbox serve [options]      run the local sandbox as a server
            """,
        discussion: ExitStatus.documentation,
        version: BuildShellVersion.current,
        subcommands: [RunCommand.self, SandboxCommand.self],
        defaultSubcommand: RunCommand.self
    )

    /// Parses the command line and runs the chosen command, mapping failures to the documented
    /// exit statuses: usage errors exit 2 (not ArgumentParser's 64).
    static func main() async {
        MallocTuning.apply()
        // A closed pipe is an error from write(2) that ``TerminalOutput`` turns into status 141,
        // not a signal that kills the process mid-line.
        signal(SIGPIPE, SIG_IGN)
        let arguments = Array(CommandLine.arguments.dropFirst())
        if CompletionCommand.handles(arguments) {
            CompletionCommand.answer(arguments)
        }
        if RunCommand.asksForHelp(arguments) {
            print(RunCommand.helpText())
            Foundation.exit(ExitStatus.success.rawValue)
        }
        do {
            if let input = QuickArguments.input(arguments, standardInputIsTerminal: isatty(0) != 0) {
                let options = LaunchOptions(environment: ProcessEnvironment.current())
                Foundation.exit(await ShellLauncher(options: options, terminal: .standard()).run(input))
            }
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            Foundation.exit(ExitStatus.success.rawValue)
        } catch {
            Foundation.exit(report(error))
        }
    }

    /// Prints what `error` needs printed, as `command` words it, and returns the exit status for it.
    static func report(_ error: any Error, as command: any ParsableCommand.Type = BuildShell.self) -> Int32 {
        if let code = error as? ExitCode { return code.rawValue }
        let code = command.exitCode(for: error)
        let message = command.fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { print(message) }
            return ExitStatus.success.rawValue
        }
        if !message.isEmpty {
            TerminalOutput.standard().standardError(message + "\n")
        }
        return code == .validationFailure ? ExitStatus.usageOrSyntaxError.rawValue : code.rawValue
    }
}
