import Foundation
import ServerlessClient

/// Chooses this run's credentials in twilio-cli's order of precedence: the profile named with
/// `-p`/`--profile`, then the `TWILIO_*` environment variables, then twilio-cli's active profile
/// (`activeProject` in `$HOME/.twilio-cli/config.json`); with none of them, the sandbox.
///
/// A profile's API key and secret go through the same checks as the environment variables
/// (`Configuration.fromEnvironment`), with its account and region; the edge comes from
/// `TWILIO_EDGE`, else the file's top-level `edge`. `BUILDSH_API_URL` still replaces the hosts.
struct CredentialResolution {
    /// What the resolution decided.
    enum Choice {
        /// Talk to Twilio (or `BUILDSH_API_URL`) with this configuration; `source` says where its
        /// credentials came from (`API key from profile 'prod'`), never what they are.
        case twilio(ServerlessClient.Configuration, source: String)
        /// No credentials: use the sandbox; `reason` says why, for the banner.
        case sandbox(reason: String)
    }

    /// The process environment (`HOME` locates the twilio-cli folder, so tests use a temporary one).
    let environment: [String: String]
    /// The profile named with `-p`, if any.
    let profile: String?

    /// The twilio-cli configuration file.
    var configurationPath: String {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.twilio-cli/config.json"
    }

    /// The configuration file's path as messages show it (`~/.twilio-cli/config.json`).
    var shownPath: String { XDGDirectories(environment: environment).abbreviated(configurationPath) }

    /// Decides, or explains why the credentials given cannot be used.
    func resolve() throws(ApiBackend.SetupError) -> Choice {
        if let profile {
            do {
                guard let configuration = try readConfiguration() else {
                    throw ProfileError.noConfiguration(profile: profile, path: shownPath)
                }
                return .twilio(try clientConfiguration(profile, in: configuration), source: "API key from profile '\(profile)'")
            } catch let error as ProfileError {
                throw .configuration(error.message)
            } catch let error as ApiBackend.SetupError {
                throw error
            } catch {
                throw .configuration("\(error)")
            }
        }
        do {
            let configuration = try ServerlessClient.Configuration.fromEnvironment(environment)
            return .twilio(configuration, source: "\(configuration.credentials.kind.rawValue) from the environment")
        } catch .missingCredentials {
            return activeProfile()
        } catch {
            throw .configuration(error.description)
        }
    }

    /// The active profile's configuration, or the sandbox with the reason it is not used.
    private func activeProfile() -> Choice {
        let configuration: TwilioCliConfig?
        do {
            configuration = try readConfiguration()
        } catch let error as ProfileError {
            return .sandbox(reason: "no TWILIO_ACCOUNT_SID set; \(error.message)")
        } catch {
            return .sandbox(reason: "no TWILIO_ACCOUNT_SID set")
        }
        guard let configuration, let active = configuration.activeProject, !active.isEmpty else {
            return .sandbox(reason: "no TWILIO_ACCOUNT_SID set")
        }
        do {
            return .twilio(try clientConfiguration(active, in: configuration), source: "API key from the active twilio-cli profile '\(active)'")
        } catch let error as ProfileError {
            return .sandbox(reason: "no TWILIO_ACCOUNT_SID set, and the active twilio-cli \(error.message)")
        } catch let error as ApiBackend.SetupError {
            return .sandbox(reason: "no TWILIO_ACCOUNT_SID set, and the active twilio-cli profile '\(active)' is not usable: \(error.message)")
        } catch {
            return .sandbox(reason: "no TWILIO_ACCOUNT_SID set")
        }
    }

    /// The file, or nil when there is none.
    private func readConfiguration() throws -> TwilioCliConfig? {
        let path = configurationPath
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ProfileError.unreadable(path: shownPath, reason: "permission denied")
        }
        do {
            return try JSONDecoder().decode(TwilioCliConfig.self, from: data)
        } catch {
            throw ProfileError.unreadable(path: shownPath, reason: "not twilio-cli's JSON (\(Self.describe(error)))")
        }
    }

    /// A client configuration from profile `id`'s key, secret, account and region.
    private func clientConfiguration(_ id: String, in file: TwilioCliConfig) throws -> ServerlessClient.Configuration {
        guard let profile = file.profile(id) else {
            throw ProfileError.unknownProfile(id, path: shownPath, known: file.profileIDs)
        }
        guard let key = profile.apiKey, let secret = profile.apiSecret else {
            throw ProfileError.noStoredKey(profile: id, path: shownPath)
        }
        let ignored: Set<String> = [
            "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET", "TWILIO_REGION", "TWILIO_EDGE",
        ]
        var variables = environment.filter { !ignored.contains($0.key) }
        variables["TWILIO_API_KEY"] = key
        variables["TWILIO_API_SECRET"] = secret
        variables["TWILIO_ACCOUNT_SID"] = profile.accountSid
        variables["TWILIO_REGION"] = profile.region
        variables["TWILIO_EDGE"] = environment["TWILIO_EDGE"].flatMap { $0.isEmpty ? nil : $0 } ?? file.edge
        do {
            return try ServerlessClient.Configuration.fromEnvironment(variables)
        } catch {
            throw ApiBackend.SetupError.configuration("profile '\(id)' in \(shownPath): \(error.description)")
        }
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
