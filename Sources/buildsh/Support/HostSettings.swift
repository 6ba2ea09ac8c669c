import ServerlessClient
import ServerlessVerbs

/// The description of this run's settings that buildsh hands the verbs for `explain config`:
/// which API and where that choice came from, the account and credentials (the secret only as set),
/// and the command line's output mode, dry run and safe mode.
enum HostSettings {
    /// The settings of a run against Twilio (or `--api-url`) with `configuration`, whose
    /// credentials came from `origin`.
    static func twilio(_ options: LaunchOptions, configuration: ServerlessClient.Configuration, origin: ResolvedSettings.Origin)
        -> ResolvedSettings
    {
        let apiOrigin: ResolvedSettings.Origin = options.apiURL != nil ? .flag("--api-url")
            : options.environment["BUILDSH_API_URL"]?.isEmpty == false ? .environmentVariable("BUILDSH_API_URL") : .standard
        let credentials = configuration.credentials
        let secretOrigin: ResolvedSettings.Origin = origin == .environmentVariable("TWILIO_ACCOUNT_SID")
            ? .environmentVariable(credentials.kind == .apiKey ? "TWILIO_API_SECRET" : "TWILIO_AUTH_TOKEN") : origin
        let keyOrigin: ResolvedSettings.Origin = origin == .environmentVariable("TWILIO_ACCOUNT_SID") && credentials.kind == .apiKey
            ? .environmentVariable("TWILIO_API_KEY") : origin
        return ResolvedSettings([
            .init("api", value: "twilio", origin: apiOrigin == .standard ? origin : apiOrigin),
            .init("api_url", value: configuration.endpoints.apiBaseURL, origin: apiOrigin),
            .init("account_sid", value: credentials.accountSid ?? credentials.username, origin: origin),
            .init("credentials", value: "\(credentials.kind.rawValue) \(credentials.username)", origin: keyOrigin),
            .secret(credentials.kind == .apiKey ? "api_secret" : "auth_token", value: "set", origin: secretOrigin),
        ] + common(options))
    }

    /// The settings of a run against the embedded sandbox, its data in `path`.
    static func sandbox(_ options: LaunchOptions, path: String, shownPath: String) -> ResolvedSettings {
        ResolvedSettings([
            .init("api", value: "sandbox", origin: options.forceSandbox ? .flag("--sandbox") : .standard),
            .init("sandbox_data", value: shownPath, origin: options.sandboxDataPath != nil ? .flag("--sandbox-data") : .standard),
        ] + common(options))
    }

    private static func common(_ options: LaunchOptions) -> [ResolvedSettings.Setting] {
        [
            .init("output", value: (options.outputMode ?? .table).rawValue, origin: options.outputMode != nil ? .flag("-o") : .standard),
            .init("dry_run", value: String(options.dryRun), origin: options.dryRun ? .flag("--dry-run") : .standard),
            .init("safe_mode", value: String(options.safeMode), origin: options.safeMode ? .flag("--safe") : .standard),
            .init("presenter", value: String(options.presenter), origin: options.presenter ? .flag("--presenter") : .standard),
        ]
    }
}
