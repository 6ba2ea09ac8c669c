/// An immutable version of a Function's code, made by an upload.
public struct FunctionVersion: Codable, Sendable, Hashable, ListableRecord, SidIdentified {
    /// `ZN…`.
    public var sid: String
    /// The owning account, `AC…`.
    public var accountSid: String?
    /// The Service, `ZS…`.
    public var serviceSid: String?
    /// The Function, `ZH…`.
    public var functionSid: String?
    /// The URL path the code is served at, e.g. `/hello`.
    public var path: String?
    /// Who may call it.
    public var visibility: Visibility?
    /// Creation time (versions are never updated).
    public var dateCreated: Timestamp?
    /// The resource's absolute URL.
    public var url: String?
    /// Related resources: `function_version_content`.
    public var links: [String: String]?

    /// The list envelope key.
    public static let listKey = "function_versions"

    /// A version known only by its SID (as some build bodies list them).
    public init(sid: String) { self.sid = sid }

    /// Encodes every field in the API's snake_case shape; absent values are written as `null`,
    /// except `url` and `links`, which a version embedded in a build does not have at all.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sid, forKey: .sid)
        try container.encode(accountSid, forKey: .accountSid)
        try container.encode(serviceSid, forKey: .serviceSid)
        try container.encode(functionSid, forKey: .functionSid)
        try container.encode(path, forKey: .path)
        try container.encode(visibility, forKey: .visibility)
        try container.encode(dateCreated, forKey: .dateCreated)
        try container.encodeIfPresent(url, forKey: .url)
        try container.encodeIfPresent(links, forKey: .links)
    }

    enum CodingKeys: String, CodingKey {
        case sid, path, visibility, url, links
        case accountSid = "account_sid"
        case serviceSid = "service_sid"
        case functionSid = "function_sid"
        case dateCreated = "date_created"
    }
}

/// The source text of a Function Version.
public struct FunctionVersionContent: Codable, Sendable, Hashable {
    /// The version, `ZN…`.
    public var sid: String
    /// The owning account, `AC…`.
    public var accountSid: String?
    /// The Service, `ZS…`.
    public var serviceSid: String?
    /// The Function, `ZH…`.
    public var functionSid: String?
    /// The source code.
    public var content: String?
    /// The resource's absolute URL.
    public var url: String?

    /// Encodes every field in the API's snake_case shape; absent values are written as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sid, forKey: .sid)
        try container.encode(accountSid, forKey: .accountSid)
        try container.encode(serviceSid, forKey: .serviceSid)
        try container.encode(functionSid, forKey: .functionSid)
        try container.encode(content, forKey: .content)
        try container.encode(url, forKey: .url)
    }

    enum CodingKeys: String, CodingKey {
        case sid, content, url
        case accountSid = "account_sid"
        case serviceSid = "service_sid"
        case functionSid = "function_sid"
    }
}
