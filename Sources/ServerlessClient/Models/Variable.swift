/// An environment Variable, passed to Functions in their context.
public struct Variable: Codable, Sendable, Hashable, ListableRecord {
    /// `ZV…`.
    public var sid: String
    /// The owning account, `AC…`.
    public var accountSid: String?
    /// The Service, `ZS…`.
    public var serviceSid: String?
    /// The Environment, `ZE…`.
    public var environmentSid: String?
    /// The variable's name.
    public var key: String?
    /// The variable's value.
    public var value: String?
    /// Creation time.
    public var dateCreated: Timestamp?
    /// Last update time.
    public var dateUpdated: Timestamp?
    /// The resource's absolute URL.
    public var url: String?

    /// The list envelope key.
    public static let listKey = "variables"

    /// Encodes every field in the API's snake_case shape; absent values are written as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sid, forKey: .sid)
        try container.encode(accountSid, forKey: .accountSid)
        try container.encode(serviceSid, forKey: .serviceSid)
        try container.encode(environmentSid, forKey: .environmentSid)
        try container.encode(key, forKey: .key)
        try container.encode(value, forKey: .value)
        try container.encode(dateCreated, forKey: .dateCreated)
        try container.encode(dateUpdated, forKey: .dateUpdated)
        try container.encode(url, forKey: .url)
    }

    enum CodingKeys: String, CodingKey {
        case sid, key, value, url
        case accountSid = "account_sid"
        case serviceSid = "service_sid"
        case environmentSid = "environment_sid"
        case dateCreated = "date_created"
        case dateUpdated = "date_updated"
    }
}
