/// An Asset of a Service (its content lives in Asset Versions).
public struct Asset: Codable, Sendable, Hashable, ListableRecord {
    /// `ZH…` (Assets share the prefix with Functions).
    public var sid: String
    /// The owning account, `AC…`.
    public var accountSid: String?
    /// The Service, `ZS…`.
    public var serviceSid: String?
    /// Display name.
    public var friendlyName: String?
    /// Creation time.
    public var dateCreated: Timestamp?
    /// Last update time.
    public var dateUpdated: Timestamp?
    /// The resource's absolute URL.
    public var url: String?
    /// Related resources: `asset_versions`.
    public var links: [String: String]?

    /// The list envelope key.
    public static let listKey = "assets"

    /// Encodes every field in the API's snake_case shape; absent values are written as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sid, forKey: .sid)
        try container.encode(accountSid, forKey: .accountSid)
        try container.encode(serviceSid, forKey: .serviceSid)
        try container.encode(friendlyName, forKey: .friendlyName)
        try container.encode(dateCreated, forKey: .dateCreated)
        try container.encode(dateUpdated, forKey: .dateUpdated)
        try container.encode(url, forKey: .url)
        try container.encode(links, forKey: .links)
    }

    enum CodingKeys: String, CodingKey {
        case sid, url, links
        case accountSid = "account_sid"
        case serviceSid = "service_sid"
        case friendlyName = "friendly_name"
        case dateCreated = "date_created"
        case dateUpdated = "date_updated"
    }
}
