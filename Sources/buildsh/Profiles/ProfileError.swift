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

    /// The explanation for the user; never contains a secret.
    var message: String {
        switch self {
        case .noConfiguration(let profile, let path):
            return "-p \(profile): there is no twilio-cli configuration at \(path) (create profiles with `twilio profiles:create`)"
        case .unreadable(let path, let reason):
            return "cannot read the twilio-cli configuration \(path): \(reason)"
        case .unknownProfile(let profile, let path, let known):
            let list = known.isEmpty ? "it has none" : "it has " + known.map { "'\($0)'" }.joined(separator: ", ")
            return "no profile '\(profile)' in \(path) (\(list))"
        case .noStoredKey(let profile, let path):
            return "profile '\(profile)' in \(path) has no API key and secret stored in the file: older twilio-cli "
                + "versions kept them in the system keychain, which buildsh cannot read. Recreate the profile with a "
                + "current twilio-cli (`twilio profiles:create`), or set TWILIO_API_KEY and TWILIO_API_SECRET"
        }
    }
}
