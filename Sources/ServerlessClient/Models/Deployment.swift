/// A Deployment: the act of putting a Build on an Environment (never deleted).
public struct Deployment: Codable, Sendable, Hashable, ListableRecord, WireFields {
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

    enum CodingKeys: String, CodingKey, CaseIterable {
        case sid
        case accountSid = "account_sid"
        case serviceSid = "service_sid"
        case environmentSid = "environment_sid"
        case buildSid = "build_sid"
        case dateCreated = "date_created"
        case dateUpdated = "date_updated"
        case url
    }

    /// The fields shown, in the API's order.
    public static let wireFieldNames = CodingKeys.allCases.map(\.stringValue)
}
