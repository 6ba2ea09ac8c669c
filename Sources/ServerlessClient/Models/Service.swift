/// A Serverless Service, the container of Functions, Assets, Builds and Environments.
public struct Service: Codable, Sendable, Hashable, ListableRecord, WireFields {
    /// `ZS…`.
    public var sid: String
    /// The owning account, `AC…`.
    public var accountSid: String?
    /// Display name.
    public var friendlyName: String?
    /// Unique name, usable instead of the SID in paths.
    public var uniqueName: String?
    /// Whether Functions receive account credentials in their context.
    public var includeCredentials: Bool?
    /// Whether the Console may edit the service.
    public var uiEditable: Bool?
    /// The domain base the Environments' domains are made from.
    public var domainBase: String?
    /// Creation time.
    public var dateCreated: Timestamp?
    /// Last update time.
    public var dateUpdated: Timestamp?
    /// The resource's absolute URL.
    public var url: String?
    /// Related resources: `environments`, `functions`, `assets`, `builds`.
    public var links: [String: String]?

    /// The list envelope key.
    public static let listKey = "services"

    enum CodingKeys: String, CodingKey, CaseIterable {
        case sid
        case accountSid = "account_sid"
        case friendlyName = "friendly_name"
        case uniqueName = "unique_name"
        case includeCredentials = "include_credentials"
        case uiEditable = "ui_editable"
        case domainBase = "domain_base"
        case dateCreated = "date_created"
        case dateUpdated = "date_updated"
        case url
        case links
    }

    /// The fields shown, in the API's order.
    public static let wireFieldNames = CodingKeys.allCases.map(\.stringValue)
}
