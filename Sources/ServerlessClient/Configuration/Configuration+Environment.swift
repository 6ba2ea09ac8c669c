import Foundation

extension ServerlessClient.Configuration {
    /// Reads the configuration the way twilio-cli does, from an environment dictionary
    /// (pass `ProcessInfo.processInfo.environment`, or a dictionary in tests):
    ///
    /// - twilio-cli's rule (`ConfigData.getProfileFromEnvironment`): the variables make credentials
    ///   only with `TWILIO_ACCOUNT_SID`, then with `TWILIO_API_KEY` + `TWILIO_API_SECRET` when both are
    ///   set, else with `TWILIO_AUTH_TOKEN`;
    /// - `TWILIO_REGION` / `TWILIO_EDGE` for the regional hosts: Twilio's form only (`ie1`, `dublin`:
    ///   lower-case letters, digits, hyphens), so a value can never move the API to another host;
    /// - `BUILDSH_API_URL` replaces both the API and the upload host (region and edge are then ignored);
    /// - `BUILDSH_TIMEOUT` and `BUILDSH_IDLE_TIMEOUT` set the whole-exchange and idle deadlines, in
    ///   seconds (`90`, `2.5`) or with a unit (`500ms`, `30s`, `2m`).
    ///
    /// Empty variables count as unset. Throws ``ConfigurationError/missingCredentials`` when no
    /// credential variable is set at all, and ``ConfigurationError/incompleteCredentials(missing:)``
    /// when some are but they make no credentials by that rule (twilio-cli then reads its profiles).
    public static func fromEnvironment(_ environment: [String: String]) throws(ConfigurationError)
        -> ServerlessClient.Configuration
    {
        func value(_ name: String) -> String? {
            guard let text = environment[name]?.trimmingBlanks(), !text.isEmpty else {
                return nil
            }
            return text
        }
        let credentials = try credentials(
            accountSid: value("TWILIO_ACCOUNT_SID"), authToken: value("TWILIO_AUTH_TOKEN"),
            apiKey: value("TWILIO_API_KEY"), apiSecret: value("TWILIO_API_SECRET"))
        let region = value("TWILIO_REGION"), edge = value("TWILIO_EDGE")
        for (variable, text) in [("TWILIO_REGION", region), ("TWILIO_EDGE", edge)] {
            if let text, !Endpoints.isHostPart(text) { throw .invalidHostPart(variable: variable, text: text) }
        }
        var endpoints = Endpoints.twilio(region: region, edge: edge)
        if let override = value("BUILDSH_API_URL") {
            if let problem = Endpoints.validationProblem(override) {
                throw .invalidBaseURL(variable: "BUILDSH_API_URL", reason: problem)
            }
            if let single = Endpoints.single(override) { endpoints = single }
        }
        var configuration = ServerlessClient.Configuration(credentials: credentials, endpoints: endpoints)
        if let text = value("BUILDSH_TIMEOUT") {
            configuration.requestTimeout = try deadline(text, variable: "BUILDSH_TIMEOUT")
        }
        if let text = value("BUILDSH_IDLE_TIMEOUT") {
            configuration.idleTimeout = try deadline(text, variable: "BUILDSH_IDLE_TIMEOUT")
        }
        return configuration
    }

    /// A positive number of seconds, or a number with `ms`, `s` or `m`.
    private static func deadline(_ text: String, variable: String) throws(ConfigurationError) -> Duration {
        let units: [(suffix: String, seconds: Double)] = [("ms", 0.001), ("s", 1), ("m", 60)]
        let unit = units.first { text.hasSuffix($0.suffix) } ?? ("", 1)
        guard let number = Double(text.dropLast(unit.suffix.count)), number.isFinite, number > 0,
              number * unit.seconds <= 86_400
        else {
            throw .invalidDeadline(variable: variable, text: text)
        }
        return .milliseconds(Int64((number * unit.seconds * 1000).rounded(.up)))
    }

    /// twilio-cli's `getProfileFromEnvironment`: nothing without the account SID; an API key and
    /// secret when both are set, else the auth token. What is missing is named, never a value.
    private static func credentials(
        accountSid: String?, authToken: String?, apiKey: String?, apiSecret: String?
    ) throws(ConfigurationError) -> Credentials {
        guard let accountSid else {
            if authToken == nil, apiKey == nil, apiSecret == nil { throw .missingCredentials }
            throw .incompleteCredentials(missing: ["TWILIO_ACCOUNT_SID"])
        }
        if let apiKey, let apiSecret { return .apiKey(apiKey, secret: apiSecret, accountSid: accountSid) }
        if let authToken { return .authToken(accountSid: accountSid, authToken: authToken) }
        switch (apiKey, apiSecret) {
        case (_?, nil): throw .incompleteCredentials(missing: ["TWILIO_API_SECRET (or TWILIO_AUTH_TOKEN)"])
        case (nil, _?): throw .incompleteCredentials(missing: ["TWILIO_API_KEY (or TWILIO_AUTH_TOKEN)"])
        default: throw .incompleteCredentials(missing: ["TWILIO_AUTH_TOKEN (or TWILIO_API_KEY with TWILIO_API_SECRET)"])
        }
    }
}
