/// An Environment of a Service (a domain where one Build is deployed).
public struct Environment: Codable, Sendable, Hashable, ListableRecord, WireFields {
    /// `ZE…`.
    public var sid: String
    /// The owning account, `AC…`.
    public var accountSid: String?
    /// The Service, `ZS…`.
    public var serviceSid: String?
    /// The deployed Build, `ZB…`, or `nil` before the first deployment.
    public var buildSid: String?
    /// Unique name within the service.
    public var uniqueName: String?
    /// The suffix of the domain name, e.g. `stage`.
    public var domainSuffix: String?
    /// The full domain name.
    public var domainName: String?
    /// Creation time.
    public var dateCreated: Timestamp?
    /// Last update time.
    public var dateUpdated: Timestamp?
    /// The resource's absolute URL.
    public var url: String?
    /// Related resources: `variables`, `deployments`, `logs`.
    public var links: [String: String]?

    /// The list envelope key.
    public static let listKey = "environments"

    enum CodingKeys: String, CodingKey, CaseIterable {
        case sid
        case accountSid = "account_sid"
        case serviceSid = "service_sid"
        case buildSid = "build_sid"
        case uniqueName = "unique_name"
        case domainSuffix = "domain_suffix"
        case domainName = "domain_name"
        case dateCreated = "date_created"
        case dateUpdated = "date_updated"
        case url
        case links
    }

    /// The fields shown, in the API's order.
    public static let wireFieldNames = CodingKeys.allCases.map(\.stringValue)
}
