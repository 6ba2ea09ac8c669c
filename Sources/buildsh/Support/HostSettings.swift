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
        let place = apiOrigin == .standard ? regionAndEdge(of: configuration.endpoints, options, credentialsOrigin: origin) : []
        return ResolvedSettings([
            .init("api", value: "twilio", origin: apiOrigin == .standard ? origin : apiOrigin),
            .init("api_url", value: configuration.endpoints.apiBaseURL, origin: place.last?.origin ?? apiOrigin),
        ] + place + [
            .init("account_sid", value: credentials.accountSid ?? credentials.username, origin: origin),
            .init("credentials", value: "\(credentials.kind.rawValue) \(credentials.username)", origin: keyOrigin),
            .secret(credentials.kind == .apiKey ? "api_secret" : "auth_token", value: "set", origin: secretOrigin),
        ] + common(options))
    }

    /// The region and edge Twilio's host was built from (`serverless.{edge}.{region}.twilio.com`), each
    /// with where it came from by twilio-cli's rules: a profile's region, and its edge unless
    /// `TWILIO_EDGE` is set; from the environment alone, the two variables. The edge comes last, as
    /// it is what decides the host when both are set. Empty for the default host.
    private static func regionAndEdge(of endpoints: Endpoints, _ options: LaunchOptions, credentialsOrigin: ResolvedSettings.Origin)
        -> [ResolvedSettings.Setting]
    {
        let host = endpoints.apiBaseURL.dropFirst("https://serverless.".count).dropLast(".twilio.com".count)
        guard endpoints.apiBaseURL.hasPrefix("https://serverless."), endpoints.apiBaseURL.hasSuffix(".twilio.com"), !host.isEmpty else {
            return []
        }
        let parts = host.split(separator: ".").map(String.init)
        let fromProfile = if case .profile = credentialsOrigin { true } else { false }
        let isSet = { (name: String) in options.environment[name]?.trimmingBlanks().isEmpty == false }
        let regionOrigin: ResolvedSettings.Origin = fromProfile ? credentialsOrigin
            : isSet("TWILIO_REGION") ? .environmentVariable("TWILIO_REGION") : .standard
        var settings: [ResolvedSettings.Setting] = [.init("region", value: parts.last ?? "", origin: regionOrigin)]
        if parts.count == 2 {
            let edgeOrigin: ResolvedSettings.Origin = isSet("TWILIO_EDGE") ? .environmentVariable("TWILIO_EDGE") : credentialsOrigin
            settings.append(.init("edge", value: parts[0], origin: edgeOrigin))
        }
        return settings
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
