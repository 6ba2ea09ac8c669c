/// An Environment of a Service (a domain where one Build is deployed).
public struct Environment: Codable, Sendable, Hashable, ListableRecord {
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

    /// Encodes every field in the API's snake_case shape; absent values are written as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sid, forKey: .sid)
        try container.encode(accountSid, forKey: .accountSid)
        try container.encode(serviceSid, forKey: .serviceSid)
        try container.encode(buildSid, forKey: .buildSid)
        try container.encode(uniqueName, forKey: .uniqueName)
        try container.encode(domainSuffix, forKey: .domainSuffix)
        try container.encode(domainName, forKey: .domainName)
        try container.encode(dateCreated, forKey: .dateCreated)
        try container.encode(dateUpdated, forKey: .dateUpdated)
        try container.encode(url, forKey: .url)
        try container.encode(links, forKey: .links)
    }

    enum CodingKeys: String, CodingKey {
        case sid, url, links
        case accountSid = "account_sid"
        case serviceSid = "service_sid"
        case buildSid = "build_sid"
        case uniqueName = "unique_name"
        case domainSuffix = "domain_suffix"
        case domainName = "domain_name"
        case dateCreated = "date_created"
        case dateUpdated = "date_updated"
    }
}

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
