import ArgumentParser
import Foundation
import ServerlessSandbox
import ServerlessVerbs

/// Runs a script file, `-c CODE`, a script on standard input, or the interactive REPL.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: BuildShell.configuration.abstract,
        usage: BuildShell.configuration.usage,
        discussion: ExitStatus.documentation
    )

    /// The options, shared with the completion scripts' command tree (``CompletionCommand``).
    @OptionGroup var options: RunOptions

    @Argument(parsing: .captureForPassthrough, help: RunOptions.fileHelp, completion: RunOptions.fileCompletion)
    var scriptAndArguments: [String] = []

    func validate() throws {
        if options.rehearsal.rehearse, options.code == nil, scriptAndArguments.first.map({ $0 == "-" }) ?? true {
            throw ValidationError("--rehearse expects a script file or -c CODE")
        }
    }

    func run() async throws {
        let options = self.options
        let environment = ProcessEnvironment.current()
        let terminal = TerminalOutput.standard()
        terminal.presenter.isOn = options.presenter
        let input = try ScriptInput.choose(code: options.code, positional: scriptAndArguments, standardInputIsTerminal: isatty(0) != 0)
        let launch = LaunchOptions(
            apiURL: options.apiURL, outputMode: options.output, assumeYes: options.yes, dryRun: options.dryRun,
            presenter: options.presenter, safeMode: options.safe, verbose: options.verbose,
            forceSandbox: options.sandbox, sandboxDataPath: options.sandboxData, sandboxBuildTime: try options.parsedBuildTime(),
            maxRequests: options.maxRequests, profile: options.profile,
            rehearsal: options.rehearsal.options,
            environment: environment)
        let status = await ShellLauncher(options: launch, terminal: terminal).run(input)
        throw ExitCode(status)
    }

    /// Whether the command line asks for help before anything else (`buildsh --help`, `buildsh -h`,
    /// and `buildsh run --help`, which usage errors name in their last line).
    static func asksForHelp(_ arguments: [String]) -> Bool {
        guard let first = arguments.first else { return false }
        if first == "run", arguments.count == 2, let second = arguments.last { return second == "--help" || second == "-h" }
        return first == "--help" || first == "-h" || first == "help" && arguments.count == 1
    }

    /// The help text of the runner, with the command name as users type it.
    static func helpText() -> String {
        BuildShell.helpMessage(for: RunCommand.self)
            + "\n\nSUBCOMMANDS:\n  sandbox serve           Run the local Serverless v1 sandbox as a server (see `buildsh sandbox --help`).\n"
            + "  sandbox import          Copy the live account (GET requests only) into a sandbox data file.\n"
            + "  sandbox diff A B        Compare two data files (either may be `live`): 0 identical, 1 different.\n"
    }
}
