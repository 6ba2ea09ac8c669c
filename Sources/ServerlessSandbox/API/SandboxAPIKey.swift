/// An API key of an account: HTTP Basic credentials `SK…:secret`, accepted like the account's own
/// SID and token, as Twilio accepts them.
///
/// Its descriptions show the SID only, never the secret.
public struct SandboxAPIKey: Sendable, Equatable, Hashable {
    /// The key SID, `SK` followed by 32 hex digits.
    public var sid: String
    /// The secret half of the credentials.
    public var secret: String
    /// The account the key acts for; nil means the first account the server accepts.
    public var accountSid: String?

    /// Makes a key from its SID, secret and (optionally) its account.
    public init(sid: String, secret: String, accountSid: String? = nil) {
        self.sid = sid
        self.secret = secret
        self.accountSid = accountSid
    }

    /// Whether `text` is `SK` followed by 32 hex digits.
    public static func isKeySid(_ text: String) -> Bool {
        SidPrefix.apiKey.matches(text)
    }
}

extension SandboxAPIKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The SID and account with the secret masked.
    public var description: String { "SandboxAPIKey(sid: \(sid), accountSid: \(accountSid ?? "first"), secret: ***)" }
    /// The same as `description`: the secret is never shown.
    public var debugDescription: String { description }
    /// A mirror without the secret, so `dump` and `Mirror` cannot reveal it.
    public var customMirror: Mirror { Mirror(self, children: ["sid": sid, "accountSid": accountSid as Any], displayStyle: .struct) }
}
