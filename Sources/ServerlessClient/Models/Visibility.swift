/// A Function or Asset Version's visibility. Decoded in any letter case (`PUBLIC`, `Public`) and
/// normalised to lower case; values the API may add later are kept, not rejected.
public struct Visibility: OpenStringValue {
    /// The lower-cased value, e.g. `public`.
    public let rawValue: String

    /// Makes a visibility from any spelling; the value is lower-cased.
    public init(rawValue: String) { self.rawValue = rawValue.lowercased() }

    /// Served to anyone.
    public static let `public`: Visibility = "public"
    /// Reachable only from other Functions of the service.
    public static let `private`: Visibility = "private"
    /// Served only to requests carrying a valid Twilio signature.
    public static let protected: Visibility = "protected"
}
