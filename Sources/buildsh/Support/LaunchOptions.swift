import ServerlessVerbs

/// The command-line choices that shape a run, gathered from `RunCommand`.
struct LaunchOptions: Sendable {
    /// `--api-url`: where API requests go (instead of Twilio or the sandbox).
    var apiURL: String?
    /// `-o`: how results are printed (the REPL starts in this mode too).
    var outputMode: OutputFormat?
    /// `--yes`: confirmations are answered yes.
    var assumeYes: Bool
    /// `--dry-run`: destructive verbs only report.
    var dryRun: Bool
    /// `--safe`: destructive verbs are hidden.
    var safeMode: Bool
    /// `--verbose`: HTTP traffic on stderr, redacted.
    var verbose: Bool
    /// `--sandbox`: the embedded sandbox even with credentials.
    var forceSandbox: Bool
    /// `--sandbox-data`: the sandbox's database file.
    var sandboxDataPath: String?
    /// `--sandbox-build-time`: how long the embedded sandbox's builds take (its default when nil).
    var sandboxBuildTime: Duration?
    /// `--max-requests`: the client's limit on requests in flight (its default when nil).
    var maxRequests: Int?
    /// `-p`/`--profile`: the twilio-cli profile whose credentials are used (before `TWILIO_*`).
    var profile: String? = nil
    /// The process environment.
    var environment: [String: String]
}
