import Foundation

extension ServerlessClient.Configuration {
    /// Reads the configuration the way twilio-cli does, from an environment dictionary
    /// (pass `ProcessInfo.processInfo.environment`, or a dictionary in tests):
    ///
    /// - `TWILIO_API_KEY` + `TWILIO_API_SECRET` (with `TWILIO_ACCOUNT_SID` when set), else
    ///   `TWILIO_ACCOUNT_SID` + `TWILIO_AUTH_TOKEN`;
    /// - `TWILIO_REGION` / `TWILIO_EDGE` for the regional hosts;
    /// - `BUILDSH_API_URL` replaces both the API and the upload host (region and edge are then ignored);
    /// - `BUILDSH_TIMEOUT` and `BUILDSH_IDLE_TIMEOUT` set the whole-exchange and idle deadlines, in
    ///   seconds (`90`, `2.5`) or with a unit (`500ms`, `30s`, `2m`).
    ///
    /// Empty variables count as unset. Throws ``ConfigurationError/missingCredentials`` when no
    /// credential variable is set at all, so a caller can fall back to the sandbox.
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
        var endpoints = Endpoints.twilio(region: value("TWILIO_REGION"), edge: value("TWILIO_EDGE"))
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

    private static func credentials(
        accountSid: String?, authToken: String?, apiKey: String?, apiSecret: String?
    ) throws(ConfigurationError) -> Credentials {
        switch (apiKey, apiSecret) {
        case let (key?, secret?):
            return .apiKey(key, secret: secret, accountSid: accountSid)
        case (_?, nil):
            throw .incompleteCredentials(missing: ["TWILIO_API_SECRET"])
        case (nil, _?):
            throw .incompleteCredentials(missing: ["TWILIO_API_KEY"])
        case (nil, nil):
            break
        }
        switch (accountSid, authToken) {
        case let (sid?, token?):
            return .authToken(accountSid: sid, authToken: token)
        case (_?, nil):
            throw .incompleteCredentials(missing: ["TWILIO_AUTH_TOKEN (or TWILIO_API_KEY with TWILIO_API_SECRET)"])
        case (nil, _?):
            throw .incompleteCredentials(missing: ["TWILIO_ACCOUNT_SID"])
        case (nil, nil):
            throw .missingCredentials
        }
    }
}
