/// A Function of a Service (its code lives in Function Versions).
public struct Function: Codable, Sendable, Hashable, ListableRecord, WireFields {
    /// `ZH…`.
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
    /// Related resources: `function_versions`.
    public var links: [String: String]?

    /// The list envelope key.
    public static let listKey = "functions"

    enum CodingKeys: String, CodingKey, CaseIterable {
        case sid
        case accountSid = "account_sid"
        case serviceSid = "service_sid"
        case friendlyName = "friendly_name"
        case dateCreated = "date_created"
        case dateUpdated = "date_updated"
        case url
        case links
    }

    /// The fields shown, in the API's order.
    public static let wireFieldNames = CodingKeys.allCases.map(\.stringValue)
}
