/// An immutable version of an Asset's content, made by an upload.
public struct AssetVersion: Codable, Sendable, Hashable, ListableRecord, SidIdentified, WireFields {
    /// `ZN…`.
    public var sid: String
    /// The owning account, `AC…`.
    public var accountSid: String?
    /// The Service, `ZS…`.
    public var serviceSid: String?
    /// The Asset, `ZH…`.
    public var assetSid: String?
    /// The URL path the content is served at, e.g. `/logo.png`.
    public var path: String?
    /// Who may fetch it.
    public var visibility: Visibility?
    /// Creation time (versions are never updated).
    public var dateCreated: Timestamp?
    /// The resource's absolute URL.
    public var url: String?

    /// The list envelope key.
    public static let listKey = "asset_versions"

    /// A version known only by its SID (as some build bodies list them).
    public init(sid: String) { self.sid = sid }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case sid
        case accountSid = "account_sid"
        case serviceSid = "service_sid"
        case assetSid = "asset_sid"
        case path
        case visibility
        case dateCreated = "date_created"
        case url
    }

    /// The fields shown, in the API's order; `url` only when present.
    public static let wireFieldNames = CodingKeys.allCases.filter { ![.url].contains($0) }.map(\.stringValue)
}
