/// How the host resolved this run's settings, for `explain config`: each setting's value and where
/// it came from. The host builds it once (buildsh from its flags, the environment and the
/// twilio-cli profile it chose) and passes it at install in ``VerbOptions/settings``; a secret is
/// given through ``Setting/secret(_:value:origin:)``, which keeps only that it is set.
public struct ResolvedSettings: Sendable, Equatable {
    /// Where a setting's value came from.
    public enum Origin: Sendable, Equatable {
        /// A command-line flag (`--api-url`).
        case flag(String)
        /// An environment variable (`TWILIO_ACCOUNT_SID`).
        case environmentVariable(String)
        /// A twilio-cli profile, and the file holding it (`~/.twilio-cli/config.json`).
        case profile(String, file: String)
        /// A key of a serverless-toolkit configuration file (`.twilioserverlessrc`).
        case projectFile(key: String, file: String)
        /// A REPL setting changed it after start (`.dryrun`).
        case replSetting(String)
        /// Nothing set it: the default.
        case standard

        /// `flag --api-url`, `environment variable TWILIO_EDGE`, `twilio-cli profile 'work' (~/.twilio-cli/config.json)`.
        public var text: String {
            switch self {
            case .flag(let flag): "flag \(flag)"
            case .environmentVariable(let name): "environment variable \(name)"
            case .profile(let name, let file): "twilio-cli profile '\(name)' (\(file))"
            case .projectFile(let key, let file): "\(file) key \(key)"
            case .replSetting(let command): "REPL \(command)"
            case .standard: "default"
            }
        }
    }

    /// One setting.
    public struct Setting: Sendable, Equatable {
        /// Its name (`account_sid`, `api_url`).
        public let name: String
        /// Its value as shown; a secret's is ``hidden``.
        public let value: String
        /// Where it came from.
        public let origin: Origin

        /// A setting whose value may be shown.
        public init(_ name: String, value: String, origin: Origin) {
            self.name = name
            self.value = value
            self.origin = origin
        }

        /// A secret: only that it is set is kept (`value` is read for nothing else).
        public static func secret(_ name: String, value: String, origin: Origin) -> Setting {
            Setting(name, value: value.isEmpty ? "" : ResolvedSettings.hidden, origin: origin)
        }
    }

    /// What a secret shows.
    public static let hidden = "(set, hidden)"

    /// The settings, in the order `explain config` shows them.
    public var settings: [Setting]

    /// Makes the description; empty when the host gives none.
    public init(_ settings: [Setting] = []) {
        self.settings = settings
    }
}
