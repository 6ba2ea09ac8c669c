/// Why a ``ServerlessClient/Configuration`` could not be made from the environment.
public enum ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No credentials at all were found (the caller may fall back to the sandbox).
    case missingCredentials
    /// Some credential variables are set but not their partners (names of the missing ones).
    case incompleteCredentials(missing: [String])
    /// A base-URL variable is not an absolute `http`/`https` URL without user info.
    case invalidBaseURL(variable: String, reason: String)
    /// A deadline variable is not a positive number of seconds (at most a day).
    case invalidDeadline(variable: String, text: String)
    /// A region or edge is not of Twilio's form (`ie1`, `dublin`: lower-case letters, digits and
    /// hyphens); `variable` names where it came from (`TWILIO_REGION`, `the region of profile 'prod'`).
    case invalidHostPart(variable: String, text: String)

    /// Whether some credential variables are set but make no credentials.
    public var isIncompleteCredentials: Bool {
        if case .incompleteCredentials = self { return true }
        return false
    }

    /// A one-line explanation naming the environment variables involved (never their secret values).
    public var description: String {
        switch self {
        case .missingCredentials:
            return "no credentials: set TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, "
                + "or TWILIO_API_KEY with TWILIO_API_SECRET"
        case .incompleteCredentials(let missing):
            return "incomplete credentials: also set " + missing.joined(separator: " and ")
        case .invalidBaseURL(let variable, let reason):
            return "\(variable) is not usable: \(reason)"
        case .invalidDeadline(let variable, let text):
            return "\(variable) is not usable: expected seconds such as 30, 2.5, 500ms or 2m (at most a day), "
                + "not '\(text)'"
        case .invalidHostPart(let variable, let text):
            return "\(variable) is not usable: expected lower-case letters, digits and hyphens (such as ie1 or dublin), "
                + "not '\(ServerText.escaped(text))'"
        }
    }
}
