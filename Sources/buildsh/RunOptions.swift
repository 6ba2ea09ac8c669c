import ArgumentParser
import ServerlessVerbs

/// The options of a run (`buildsh [options] FILE`), apart from the script and its arguments: the
/// runner (``RunCommand``) and the completion scripts' command tree (``CompletionCommand``) both
/// declare them through this group, so help, the manual and completion list the same options.
struct RunOptions: ParsableArguments {
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

    @Option(name: [.customShort("p"), .long], help: ArgumentHelp("Use this twilio-cli profile's credentials (~/.twilio-cli/config.json).", valueName: "NAME"),
            completion: ProfileNames.completion)
    var profile: String?

    @Flag(name: .long, help: "Use the embedded sandbox even when Twilio credentials are set.")
    var sandbox = false

    @Option(name: .customLong("sandbox-data"), help: ArgumentHelp("Keep the sandbox's data in PATH.", valueName: "PATH"))
    var sandboxData: String?

    @Option(name: .customLong("sandbox-build-time"), help: ArgumentHelp("How long the embedded sandbox's builds take (e.g. 300ms, 1.5s, 2m).", valueName: "DURATION"))
    var sandboxBuildTime: String?

    @Option(name: .customLong("max-requests"), help: ArgumentHelp("The most API requests in flight at once (default 10; Twilio limits each account's concurrent requests).", valueName: "N"))
    var maxRequests: Int?

    /// `--rehearse` and the options that go with it.
    @OptionGroup var rehearsal: RehearseFlags

    func validate() throws {
        if let maxRequests, !(1...256).contains(maxRequests) {
            throw ValidationError("--max-requests expects a number from 1 to 256, got \(maxRequests)")
        }
    }

    func parsedBuildTime() throws -> Duration? {
        try sandboxBuildTime.map { try DurationFlag.parse($0, flag: "--sandbox-build-time") }
    }

    /// The help of the script argument.
    static let fileHelp = ArgumentHelp("A script file (- for standard input) and the arguments it gets as $args.", valueName: "FILE")

    /// Scripts are `.bsh` files.
    static let fileCompletion = CompletionKind.file(extensions: ["bsh"])
}

extension OutputFormat: ExpressibleByArgument {}
