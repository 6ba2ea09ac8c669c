import Foundation
import ServerlessClient
import ServerlessVerbs

/// Chooses this run's credentials by twilio-cli's rules (twilio-cli-core's `ConfigData`:
/// `getProfileById`, `getProfileFromEnvironment`, `getActiveProfile`):
///
/// 1. `-p NAME`: that profile of `~/.twilio-cli/config.json`; the environment is not read.
/// 2. The `TWILIO_*` variables, when `TWILIO_ACCOUNT_SID` is set with an API key and secret or an
///    auth token.
/// 3. The active profile: the one `activeProject` names, else the first of the file's `projects`.
/// 4. The sandbox, only when nothing points anywhere: no readable profile, no twilio-cli variable
///    (``twilioVariables``) and no `BUILDSH_API_URL`/`--api-url`. Anything that points somewhere
///    but cannot be used (a config file that is not JSON, an active profile without a key, a
///    half-set environment) is an error: a run never talks to another account than the one asked.
///
/// A profile's API key and secret go through the same checks as the environment variables
/// (`Configuration.fromEnvironment`), with its account and region; the edge is `TWILIO_EDGE`, else
/// the profile's, else the file's top-level `edge`. `BUILDSH_API_URL` still replaces the hosts.
struct CredentialResolution {
    /// What the resolution decided.
    enum Choice {
        /// Talk to Twilio (or `BUILDSH_API_URL`) with this configuration; `source` says where its
        /// credentials came from (`API key from profile 'prod'`), never what they are; `warnings`
        /// name settings that were read but not used, for standard error.
        /// `origin` is where the credentials came from, for `explain config`.
        case twilio(ServerlessClient.Configuration, source: String, origin: ResolvedSettings.Origin, warnings: [String])
        /// Nothing points anywhere: use the sandbox; `reason` says why, for the banner.
        case sandbox(reason: String)
    }

    /// The variables twilio-cli reads (a `TWILIO_PHONE_NUMBER` of the user's own app is not one).
    static let twilioVariables = [
        "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET", "TWILIO_REGION", "TWILIO_EDGE",
    ]

    /// The process environment (`HOME` locates the twilio-cli folder, so tests use a temporary one).
    var environment: [String: String]
    /// The profile named with `-p`, if any.
    let profile: String?
    /// How the API URL was given, for messages: `--api-url` or `BUILDSH_API_URL`.
    var apiURLSource = "BUILDSH_API_URL"

    /// The twilio-cli configuration file.
    var configurationPath: String {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.twilio-cli/config.json"
    }

    /// The configuration file's path as messages show it (`~/.twilio-cli/config.json`).
    var shownPath: String { XDGDirectories(environment: environment).abbreviated(configurationPath) }

    /// Decides, or explains why the configuration given cannot be used (nothing is sent then).
    func resolve() throws(ApiBackend.SetupError) -> Choice {
        do {
            return try decide()
        } catch {
            let message = switch error {
            case let error as ProfileError: error.message
            case let error as ConfigurationError: error.description
            case let error as ApiBackend.SetupError: error.message
            default: "cannot use the configuration given"
            }
            throw .configuration(message + "; nothing was sent")
        }
    }

    private func decide() throws -> Choice {
        let file = try readConfiguration()
        if file?.requireProfileInput == true, profile == nil {
            throw ProfileError.profileRequired(path: shownPath)
        }
        if let profile {
            let id = profile.trimmingCharacters(in: .whitespaces)
            guard let file else { throw ProfileError.noConfiguration(profile: id, path: shownPath) }
            return .twilio(try clientConfiguration(id, in: file), source: "API key from profile '\(id)'", origin: .profile(id, file: shownPath), warnings: [])
        }
        // twilio-cli reads its active profile when the variables make no credentials.
        let unused: ConfigurationError?
        switch Self.environmentCredentials(environment) {
        case (let configuration?, _):
            return .twilio(configuration, source: "\(configuration.credentials.kind.rawValue) from the environment",
                           origin: .environmentVariable("TWILIO_ACCOUNT_SID"), warnings: [])
        case (nil, let error?) where error.isIncompleteCredentials: unused = error
        case (nil, let error?) where error != .missingCredentials: throw error
        default: unused = nil
        }
        if let file, let active = file.activeProfile {
            let warnings = unused.map {
                ["the TWILIO_* variables make no credentials (\($0.description)); as twilio-cli does, the active profile is used"]
            } ?? []
            switch active {
            case .active(let id):
                return .twilio(try clientConfiguration(id, in: file), source: "API key from the active twilio-cli profile '\(id)'",
                               origin: .profile(id, file: shownPath), warnings: warnings)
            case .first(let id, let named):
                let why = named.map { "activeProject '\($0)' is not in \(shownPath)" } ?? "no activeProject in \(shownPath)"
                return .twilio(try clientConfiguration(id, in: file), source: "API key from the first twilio-cli profile '\(id)': \(why)",
                               origin: .profile(id, file: shownPath), warnings: warnings)
            }
        }
        if let file, file.hasProfiles { throw ProfileError.noActiveProfile(path: shownPath, known: file.profileIDs) }
        if let unused { throw unused }
        if nonEmpty("BUILDSH_API_URL") != nil {
            throw ApiBackend.SetupError.configuration(
                "\(apiURLSource) needs credentials: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or pass -p PROFILE")
        }
        if let set = Self.twilioVariables.first(where: { nonEmpty($0) != nil }) {
            throw ApiBackend.SetupError.configuration(
                "\(set) is set but there are no credentials: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or pass -p PROFILE "
                    + "(or --sandbox for the sandbox)")
        }
        return .sandbox(reason: file == nil ? "no TWILIO_ACCOUNT_SID set" : "no TWILIO_ACCOUNT_SID set, no profile in \(shownPath)")
    }

    /// The configuration the variables make, or why they make none. (Not a `Result`: instantiating
    /// one costs a scan of the binary's protocol conformances on every start.)
    private static func environmentCredentials(_ environment: [String: String]) -> (ServerlessClient.Configuration?, ConfigurationError?) {
        do {
            return (try ServerlessClient.Configuration.fromEnvironment(environment), nil)
        } catch {
            return (nil, error)
        }
    }

    /// The file, or nil when there is none.
    private func readConfiguration() throws(ProfileError) -> TwilioCliConfig? {
        let path = configurationPath
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: shownPath, reason: "permission denied")
        }
        do throws(StrictJSON.Problem) {
            try StrictJSON.validate([UInt8](data))
        } catch {
            throw .unreadable(path: shownPath, reason: "not valid JSON (\(error.description))")
        }
        do {
            return try JSONDecoder().decode(TwilioCliConfig.self, from: data)
        } catch {
            throw .unreadable(path: shownPath, reason: "not twilio-cli's JSON (\(Self.describe(error)))")
        }
    }

    /// A client configuration from profile `id`'s key, secret, account, region and edge.
    private func clientConfiguration(_ id: String, in file: TwilioCliConfig) throws -> ServerlessClient.Configuration {
        guard let profile = file.profile(id) else {
            throw ProfileError.unknownProfile(id, path: shownPath, known: file.profileIDs)
        }
        guard let key = profile.apiKey, let secret = profile.apiSecret else {
            throw ProfileError.noStoredKey(profile: id, path: shownPath)
        }
        guard let account = profile.accountSid else {
            throw ProfileError.noAccount(profile: id, path: shownPath)
        }
        let edge = nonEmpty("TWILIO_EDGE") ?? profile.edge ?? file.edge
        for (what, text) in [("region", profile.region), ("edge", edge)] {
            if let text, !Endpoints.isHostPart(text) {
                throw ConfigurationError.invalidHostPart(variable: "the \(what) of profile '\(id)' in \(shownPath)", text: text)
            }
        }
        var variables = environment.filter { !Self.twilioVariables.contains($0.key) }
        variables["TWILIO_API_KEY"] = key
        variables["TWILIO_API_SECRET"] = secret
        variables["TWILIO_ACCOUNT_SID"] = account
        variables["TWILIO_REGION"] = profile.region
        variables["TWILIO_EDGE"] = edge
        do {
            return try ServerlessClient.Configuration.fromEnvironment(variables)
        } catch {
            throw ApiBackend.SetupError.configuration("profile '\(id)' in \(shownPath): \(error.description)")
        }
    }

    /// The variable's value when it is set to more than blanks, by the client's rule for reading
    /// variables (`trimmingBlanks`), so both agree on whether a variable is set.
    private func nonEmpty(_ name: String) -> String? {
        guard let text = environment[name]?.trimmingBlanks(), !text.isEmpty else { return nil }
        return text
    }

    /// A decoding error in a few words (which key, what was wrong), without the file's values.
    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "a value of the wrong kind at \(path(context.codingPath))"
        case DecodingError.keyNotFound(let key, let context):
            return "missing '\(key.stringValue)' at \(path(context.codingPath))"
        case DecodingError.dataCorrupted:
            return "the file is not valid JSON"
        default:
            return "unreadable"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "the top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
