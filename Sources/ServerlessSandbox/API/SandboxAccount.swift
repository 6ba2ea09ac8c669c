/// An account the sandbox accepts: HTTP Basic credentials `sid:authToken`, as Twilio's are.
///
/// Its descriptions show the SID only, never the token, so printing or dumping an account is safe.
public struct SandboxAccount: Sendable, Equatable, Hashable {
    /// The account SID, `AC` followed by 32 hex digits.
    public var sid: String
    /// The secret half of the credentials.
    public var authToken: String

    /// Makes an account from its SID and auth token.
    public init(sid: String, authToken: String) {
        self.sid = sid
        self.authToken = authToken
    }
}

extension SandboxAccount: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The SID with the token masked.
    public var description: String { "SandboxAccount(sid: \(sid), authToken: ***)" }
    /// The same as `description`: the token is never shown.
    public var debugDescription: String { description }
    /// A mirror without the token, so `dump` and `Mirror` cannot reveal it.
    public var customMirror: Mirror { Mirror(self, children: ["sid": sid], displayStyle: .struct) }
}
