import ServerlessClient

/// Why a twilio-cli profile could not give credentials. Values only; ``message`` is the text.
enum ProfileError: Error, Equatable {
    /// `-p NAME` but there is no configuration file.
    case noConfiguration(profile: String, path: String)
    /// The file exists but cannot be read or is not twilio-cli's JSON.
    case unreadable(path: String, reason: String)
    /// No profile of that name in the file.
    case unknownProfile(String, path: String, known: [String])
    /// The profile has no API key and secret in the file (older twilio-cli kept them in the keychain).
    case noStoredKey(profile: String, path: String)
    /// The profile names no account SID.
    case noAccount(profile: String, path: String)
    /// The file has profiles but none is active and `projects` is empty (twilio-cli: "There is no
    /// active profile set").
    case noActiveProfile(path: String, known: [String])
    /// `requireProfileInput` is set in the file and no `-p` was given.
    case profileRequired(path: String)

    /// The explanation for the user; never contains a secret.
    var message: String {
        switch self {
        case .noConfiguration(let profile, let path):
            return "-p \(profile): there is no twilio-cli configuration at \(path) (create profiles with `twilio profiles:create`)"
        case .unreadable(let path, let reason):
            return "cannot read twilio-cli config \(path): \(reason)"
        case .unknownProfile(let profile, let path, let known):
            return "no profile '\(profile)' in \(path) (\(Self.list(known)))"
        case .noStoredKey(let profile, let path):
            return "profile '\(profile)' in \(path) has no API key and secret stored in the file: older twilio-cli "
                + "versions kept them in the system keychain, which buildsh cannot read. Recreate the profile with a "
                + "current twilio-cli (`twilio profiles:create`), or set TWILIO_API_KEY and TWILIO_API_SECRET"
        case .noAccount(let profile, let path):
            return "profile '\(profile)' in \(path) names no account SID (recreate it with `twilio profiles:create`)"
        case .noActiveProfile(let path, let known):
            return "there is no active profile in \(path) (\(Self.list(known))): pass -p NAME, or choose one with `twilio profiles:use NAME`"
        case .profileRequired(let path):
            return "\(path) sets requireProfileInput: pass -p NAME (twilio-cli's `twilio config:set --no-require-profile-input` turns this off)"
        }
    }

    private static func list(_ known: [String]) -> String {
        known.isEmpty ? "it has none" : "it has " + known.map { "'\(ServerText.escaped($0))'" }.joined(separator: ", ")
    }
}
