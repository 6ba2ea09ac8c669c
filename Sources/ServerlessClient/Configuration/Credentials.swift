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
    /// The forms of the secret that ``redacting(_:)`` searches for, made once: redaction runs on
    /// every line printed.
    private let revealingForms: [SecretSpelling]

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
        revealingForms = Self.revealingForms(username: username, secret: secret)
    }

    /// The `Authorization` header value. Internal: only the transport may see the secret.
    var authorizationHeader: String {
        "Basic " + Self.basicToken(username: username, secret: secret)
    }

    /// `username:secret` in base64: the token of a Basic `Authorization` header.
    private static func basicToken(username: String, secret: String) -> String {
        var text = "\(username):\(secret)"
        // From the bytes' address rather than `Data(text.utf8)`: the generic initialiser's first use
        // costs a scan of every protocol conformance in the binary while buildsh starts.
        let data = text.withUTF8 { bytes in bytes.baseAddress.map { Data(bytes: $0, count: bytes.count) } ?? Data() }
        return data.base64EncodedString()
    }

    /// Whether `text` shows the secret in any form a server or a user might echo it in. See
    /// ``redacting(_:)``.
    public func isRevealed(in text: String) -> Bool {
        redacting(text) != text
    }

    /// `text` with every form of the secret replaced by `[redacted]`: the secret itself, and the
    /// base64 of `username:secret` (the `Authorization: Basic …` value) with or without its padding,
    /// each in any letter case and with any of its characters percent-encoded (as in a URL's query).
    /// Secrets shorter than 6 characters are not searched for, to keep ordinary text from being
    /// withheld.
    public func redacting(_ text: String) -> String {
        SecretSpelling.replacing(revealingForms, in: text, with: Self.redactionMark)
    }

    /// What replaces a secret in text.
    public static let redactionMark = "[redacted]"

    /// The forms of the secret searched for, longest first (base64 is compared case-insensitively
    /// too: a false match only withholds more); none for secrets shorter than 6 characters.
    private static func revealingForms(username: String, secret: String) -> [SecretSpelling] {
        guard secret.count >= 6 else { return [] }
        let encoded = basicToken(username: username, secret: secret)
        var unpadded = encoded
        while unpadded.hasSuffix("=") { unpadded.removeLast() }
        return [encoded, unpadded, secret].filter { !$0.isEmpty && $0 != redactionMark }.map(SecretSpelling.init)
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
