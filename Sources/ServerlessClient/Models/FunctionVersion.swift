/// An immutable version of a Function's code, made by an upload.
public struct FunctionVersion: Codable, Sendable, Hashable, ListableRecord, SidIdentified, WireFields {
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

    enum CodingKeys: String, CodingKey, CaseIterable {
        case sid
        case accountSid = "account_sid"
        case serviceSid = "service_sid"
        case functionSid = "function_sid"
        case path
        case visibility
        case dateCreated = "date_created"
        case url
        case links
    }

    /// The fields shown, in the API's order; `url`, `links` only when present.
    public static let wireFieldNames = CodingKeys.allCases.filter { ![.url, .links].contains($0) }.map(\.stringValue)
}

/// The source text of a Function Version.
public struct FunctionVersionContent: Codable, Sendable, Hashable, WireFields {
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

    enum CodingKeys: String, CodingKey, CaseIterable {
        case sid
        case accountSid = "account_sid"
        case serviceSid = "service_sid"
        case functionSid = "function_sid"
        case content
        case url
    }

    /// The fields shown, in the API's order.
    public static let wireFieldNames = CodingKeys.allCases.map(\.stringValue)
}
