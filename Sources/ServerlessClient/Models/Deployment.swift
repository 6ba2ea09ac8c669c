/// A Deployment: the act of putting a Build on an Environment (never deleted).
public struct Deployment: Codable, Sendable, Hashable, ListableRecord {
    /// `ZD…`.
    public var sid: String
    /// The owning account, `AC…`.
    public var accountSid: String?
    /// The Service, `ZS…`.
    public var serviceSid: String?
    /// The Environment, `ZE…`.
    public var environmentSid: String?
    /// The deployed Build, `ZB…` (`nil` for a deployment that cleared the environment).
    public var buildSid: String?
    /// Creation time.
    public var dateCreated: Timestamp?
    /// Last update time.
    public var dateUpdated: Timestamp?
    /// The resource's absolute URL.
    public var url: String?

    /// The list envelope key.
    public static let listKey = "deployments"

    /// Encodes every field in the API's snake_case shape; absent values are written as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sid, forKey: .sid)
        try container.encode(accountSid, forKey: .accountSid)
        try container.encode(serviceSid, forKey: .serviceSid)
        try container.encode(environmentSid, forKey: .environmentSid)
        try container.encode(buildSid, forKey: .buildSid)
        try container.encode(dateCreated, forKey: .dateCreated)
        try container.encode(dateUpdated, forKey: .dateUpdated)
        try container.encode(url, forKey: .url)
    }

    enum CodingKeys: String, CodingKey {
        case sid, url
        case accountSid = "account_sid"
        case serviceSid = "service_sid"
        case environmentSid = "environment_sid"
        case buildSid = "build_sid"
        case dateCreated = "date_created"
        case dateUpdated = "date_updated"
    }
}
