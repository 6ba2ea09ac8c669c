import ServerlessVerbs

/// The command-line choices that shape a run, gathered from `RunCommand`.
struct LaunchOptions: Sendable {
    /// `--api-url`: where API requests go (instead of Twilio or the sandbox).
    var apiURL: String? = nil
    /// `-o`: how results are printed (the REPL starts in this mode too).
    var outputMode: OutputFormat? = nil
    /// `--yes`: confirmations are answered yes.
    var assumeYes = false
    /// `--dry-run`: destructive verbs only report.
    var dryRun = false
    /// `--presenter`: what is shown hides the account, secrets and variable values, and tables
    /// shorten SIDs (for sharing a screen).
    var presenter = false
    /// `--safe`: destructive verbs are hidden.
    var safeMode = false
    /// `--verbose`: HTTP traffic on stderr, redacted.
    var verbose = false
    /// `--sandbox`: the embedded sandbox even with credentials.
    var forceSandbox = false
    /// `--sandbox-data`: the sandbox's database file.
    var sandboxDataPath: String? = nil
    /// `--sandbox-build-time`: how long the embedded sandbox's builds take (its default when nil).
    var sandboxBuildTime: Duration? = nil
    /// `--max-requests`: the client's limit on requests in flight (its default when nil).
    var maxRequests: Int? = nil
    /// `-p`/`--profile`: the twilio-cli profile whose credentials are used (before `TWILIO_*`).
    var profile: String? = nil
    /// `--rehearse`: the script runs on a copy of the live account, then its changes are printed.
    var rehearsal: RehearsalOptions? = nil
    /// The process environment.
    var environment: [String: String]
}
