/// A log line written by a Function running in an Environment.
public struct Log: Codable, Sendable, Hashable, ListableRecord, WireFields {
    /// `NO…`.
    public var sid: String
    /// The owning account, `AC…`.
    public var accountSid: String?
    /// The Service, `ZS…`.
    public var serviceSid: String?
    /// The Environment, `ZE…`.
    public var environmentSid: String?
    /// The Build that ran, `ZB…`.
    public var buildSid: String?
    /// The Deployment that ran, `ZD…`.
    public var deploymentSid: String?
    /// The Function that logged, `ZH…`.
    public var functionSid: String?
    /// The request being served, `RQ…`.
    public var requestSid: String?
    /// The level, an open string such as `info`, `warn`, `error`.
    public var level: String?
    /// The logged text.
    public var message: String?
    /// When it was logged.
    public var dateCreated: Timestamp?
    /// The resource's absolute URL.
    public var url: String?

    /// The list envelope key.
    public static let listKey = "logs"

    enum CodingKeys: String, CodingKey, CaseIterable {
        case sid
        case accountSid = "account_sid"
        case serviceSid = "service_sid"
        case environmentSid = "environment_sid"
        case buildSid = "build_sid"
        case deploymentSid = "deployment_sid"
        case functionSid = "function_sid"
        case requestSid = "request_sid"
        case level
        case message
        case dateCreated = "date_created"
        case url
    }

    /// The fields shown, in the API's order.
    public static let wireFieldNames = CodingKeys.allCases.map(\.stringValue)
}
