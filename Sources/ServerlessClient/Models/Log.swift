/// A log line written by a Function running in an Environment.
public struct Log: Codable, Sendable, Hashable, ListableRecord {
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

    /// Encodes every field in the API's snake_case shape; absent values are written as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sid, forKey: .sid)
        try container.encode(accountSid, forKey: .accountSid)
        try container.encode(serviceSid, forKey: .serviceSid)
        try container.encode(environmentSid, forKey: .environmentSid)
        try container.encode(buildSid, forKey: .buildSid)
        try container.encode(deploymentSid, forKey: .deploymentSid)
        try container.encode(functionSid, forKey: .functionSid)
        try container.encode(requestSid, forKey: .requestSid)
        try container.encode(level, forKey: .level)
        try container.encode(message, forKey: .message)
        try container.encode(dateCreated, forKey: .dateCreated)
        try container.encode(url, forKey: .url)
    }

    enum CodingKeys: String, CodingKey {
        case sid, level, message, url
        case accountSid = "account_sid"
        case serviceSid = "service_sid"
        case environmentSid = "environment_sid"
        case buildSid = "build_sid"
        case deploymentSid = "deployment_sid"
        case functionSid = "function_sid"
        case requestSid = "request_sid"
        case dateCreated = "date_created"
    }
}
