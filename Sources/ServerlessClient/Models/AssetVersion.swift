/// An immutable version of an Asset's content, made by an upload.
public struct AssetVersion: Codable, Sendable, Hashable, ListableRecord, SidIdentified {
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

    /// Encodes every field in the API's snake_case shape; absent values are written as `null`,
    /// except `url`, which a version embedded in a build does not have at all.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sid, forKey: .sid)
        try container.encode(accountSid, forKey: .accountSid)
        try container.encode(serviceSid, forKey: .serviceSid)
        try container.encode(assetSid, forKey: .assetSid)
        try container.encode(path, forKey: .path)
        try container.encode(visibility, forKey: .visibility)
        try container.encode(dateCreated, forKey: .dateCreated)
        try container.encodeIfPresent(url, forKey: .url)
    }

    enum CodingKeys: String, CodingKey {
        case sid, path, visibility, url
        case accountSid = "account_sid"
        case serviceSid = "service_sid"
        case assetSid = "asset_sid"
        case dateCreated = "date_created"
    }
}
