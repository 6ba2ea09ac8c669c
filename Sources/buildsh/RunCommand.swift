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

    /// `-c CODE`; the value is taken as it is even when it starts with `-` (`-c '-1'`).
    @Option(name: .customShort("c"), parsing: .unconditional, help: ArgumentHelp("Run CODE instead of a file.", valueName: "CODE"))
    var code: String?

    @Option(name: .customLong("api-url"), help: ArgumentHelp("Send API requests to URL (overrides BUILDSH_API_URL).", valueName: "URL"))
    var apiURL: String?

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("How results are printed: table, json, ndjson or tsv.", valueName: "MODE"))
    var output: OutputFormat?

    @Flag(name: [.customShort("y"), .long], help: "Answer yes to confirmation questions (they are asked only on a terminal).")
    var yes = false

    @Flag(name: .customLong("dry-run"), help: "Destructive verbs only report what they would do.")
    var dryRun = false

    @Flag(name: .long, help: "Presenter mode, for sharing a screen: account SID, API key, secrets and variable values hidden; SIDs shortened in tables.")
    var presenter = false

    @Flag(name: .long, help: "Safe mode: no destructive verbs, no env(), files only from the script's folder.")
    var safe = false

    @Flag(name: [.short, .long], help: "Print HTTP requests and responses on stderr (credentials redacted).")
    var verbose = false

    @Option(name: [.customShort("p"), .long], help: ArgumentHelp("Use this twilio-cli profile's credentials (~/.twilio-cli/config.json).", valueName: "NAME"))
    var profile: String?

    @Flag(name: .long, help: "Use the embedded sandbox even when Twilio credentials are set.")
    var sandbox = false

    @Option(name: .customLong("sandbox-data"), help: ArgumentHelp("Keep the sandbox's data in PATH.", valueName: "PATH"))
    var sandboxData: String?

    @Option(name: .customLong("sandbox-build-time"), help: ArgumentHelp("How long the embedded sandbox's builds take (e.g. 300ms, 1.5s, 2m).", valueName: "DURATION"))
    var sandboxBuildTime: String?

    @Option(name: .customLong("max-requests"), help: ArgumentHelp("The most API requests in flight at once (default 10; Twilio limits each account's concurrent requests).", valueName: "N"))
    var maxRequests: Int?

    @Flag(name: .long, help: "Run the script on a copy of the live account (GET requests only reach it) and print what it would change.")
    var rehearse = false

    @Option(name: .customLong("snapshot"), help: ArgumentHelp("With --rehearse: start from this data file (it is never changed) instead of a fresh snapshot.", valueName: "FILE"))
    var snapshot: String?

    @Option(name: .customLong("keep"), help: ArgumentHelp("With --rehearse: write the state the rehearsal ended in to FILE.", valueName: "FILE"))
    var keep: String?

    @Option(name: .customLong("service"), help: ArgumentHelp("With --rehearse: snapshot only this service (repeatable).", valueName: "NAME|SID"))
    var services: [String] = []

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("A script file (- for standard input) and the arguments it gets as $args.", valueName: "FILE"))
    var scriptAndArguments: [String] = []

    func validate() throws {
        if let maxRequests, !(1...256).contains(maxRequests) {
            throw ValidationError("--max-requests expects a number from 1 to 256, got \(maxRequests)")
        }
        if !rehearse, snapshot != nil || keep != nil || !services.isEmpty {
            throw ValidationError("--snapshot, --keep and --service go with --rehearse")
        }
        if rehearse, code == nil, scriptAndArguments.first.map({ $0 == "-" }) ?? true {
            throw ValidationError("--rehearse expects a script file or -c CODE")
        }
    }

    func run() async throws {
        let environment = ProcessEnvironment.current()
        let terminal = TerminalOutput.standard()
        terminal.presenter.isOn = presenter
        let input = try ScriptInput.choose(code: code, positional: scriptAndArguments, standardInputIsTerminal: isatty(0) != 0)
        let launch = LaunchOptions(
            apiURL: apiURL, outputMode: output, assumeYes: yes, dryRun: dryRun, presenter: presenter, safeMode: safe, verbose: verbose,
            forceSandbox: sandbox, sandboxDataPath: sandboxData, sandboxBuildTime: try parsedBuildTime(),
            maxRequests: maxRequests, profile: profile,
            rehearsal: rehearse ? RehearsalOptions(snapshot: snapshot, keep: keep, services: services) : nil,
            environment: environment)
        let status = await ShellLauncher(options: launch, terminal: terminal).run(input)
        throw ExitCode(status)
    }

    private func parsedBuildTime() throws -> Duration? {
        try sandboxBuildTime.map { try DurationFlag.parse($0, flag: "--sandbox-build-time") }
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

extension OutputFormat: ExpressibleByArgument {}
