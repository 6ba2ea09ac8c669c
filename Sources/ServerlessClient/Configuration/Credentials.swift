import Foundation

/// The HTTP Basic credentials the client authenticates with: an Account SID with its auth token,
/// or an API key SID with its secret.
///
/// The secret never appears in `description`, `debugDescription`, `dump` or any log or error.
public struct Credentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// Which kind of secret is held.
    public enum Kind: String, Sendable, Hashable {
        /// Account SID + auth token (`TWILIO_ACCOUNT_SID` + `TWILIO_AUTH_TOKEN`).
        case authToken = "auth token"
        /// API key SID + secret (`TWILIO_API_KEY` + `TWILIO_API_SECRET`).
        case apiKey = "API key"
    }

    /// The kind of secret.
    public let kind: Kind
    /// The Basic-auth user name: the Account SID or the API key SID (neither is secret).
    public let username: String
    /// The account the credentials act for, when known.
    public let accountSid: String?
    private let secret: String

    /// Account SID + auth token.
    public static func authToken(accountSid: String, authToken: String) -> Credentials {
        Credentials(kind: .authToken, username: accountSid, accountSid: accountSid, secret: authToken)
    }

    /// API key SID (`SK…`) + secret, optionally with the account they belong to.
    public static func apiKey(_ keySid: String, secret: String, accountSid: String? = nil) -> Credentials {
        Credentials(kind: .apiKey, username: keySid, accountSid: accountSid, secret: secret)
    }

    private init(kind: Kind, username: String, accountSid: String?, secret: String) {
        self.kind = kind
        self.username = username
        self.accountSid = accountSid
        self.secret = secret
    }

    /// The `Authorization` header value. Internal: only the transport may see the secret.
    var authorizationHeader: String {
        "Basic " + Data("\(username):\(secret)".utf8).base64EncodedString()
    }

    /// Whether `text` contains the secret (used to make sure it is never shown). Secrets shorter
    /// than 6 characters are not searched for, to keep ordinary text from being withheld.
    func appearsIn(_ text: String) -> Bool {
        secret.count >= 6 && (text.contains(secret) || text.contains(authorizationHeader))
    }

    /// E.g. `AC0123… (auth token redacted)`.
    public var description: String { "\(username) (\(kind.rawValue) redacted)" }
    /// Same as `description`: the secret is never shown.
    public var debugDescription: String { "Credentials(\(description))" }
    /// A mirror without the secret, so `dump` cannot reveal it.
    public var customMirror: Mirror {
        Mirror(self, children: ["kind": kind, "username": username, "accountSid": accountSid as Any,
                                "secret": "[redacted]"])
    }
}
