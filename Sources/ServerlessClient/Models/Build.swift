/// A Build: a set of Function and Asset Versions plus dependencies, built for a runtime.
public struct Build: Codable, Sendable, Hashable, ListableRecord, WireFields {
    /// `ZB…`.
    public var sid: String
    /// The owning account, `AC…`.
    public var accountSid: String?
    /// The Service, `ZS…`.
    public var serviceSid: String?
    /// The Asset Versions built in (objects; bare SIDs are accepted when decoding).
    public var assetVersions: [AssetVersion]?
    /// The Function Versions built in (objects; bare SIDs are accepted when decoding).
    public var functionVersions: [FunctionVersion]?
    /// The npm dependencies.
    public var dependencies: Dependencies?
    /// The runtime, e.g. `node22`.
    public var runtime: Runtime?
    /// `building`, `completed` or `failed`.
    public var status: BuildState?
    /// Creation time.
    public var dateCreated: Timestamp?
    /// Last update time.
    public var dateUpdated: Timestamp?
    /// The resource's absolute URL.
    public var url: String?
    /// Related resources: `build_status`.
    public var links: [String: String]?

    /// The list envelope key.
    public static let listKey = "builds"

    enum CodingKeys: String, CodingKey, CaseIterable {
        case sid
        case accountSid = "account_sid"
        case serviceSid = "service_sid"
        case assetVersions = "asset_versions"
        case functionVersions = "function_versions"
        case dependencies
        case runtime
        case status
        case dateCreated = "date_created"
        case dateUpdated = "date_updated"
        case url
        case links
    }

    /// The fields shown, in the API's order.
    public static let wireFieldNames = CodingKeys.allCases.map(\.stringValue)

    /// Decodes leniently: version lists may hold objects or SID strings.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sid = try container.decode(String.self, forKey: .sid)
        accountSid = try container.decodeIfPresent(String.self, forKey: .accountSid)
        serviceSid = try container.decodeIfPresent(String.self, forKey: .serviceSid)
        assetVersions = try container.decodeIfPresent([ObjectOrSid<AssetVersion>].self, forKey: .assetVersions)?
            .map(\.record)
        functionVersions = try container.decodeIfPresent(
            [ObjectOrSid<FunctionVersion>].self, forKey: .functionVersions)?.map(\.record)
        dependencies = try container.decodeIfPresent(Dependencies.self, forKey: .dependencies)
        runtime = try container.decodeIfPresent(Runtime.self, forKey: .runtime)
        status = try container.decodeIfPresent(BuildState.self, forKey: .status)
        dateCreated = try container.decodeIfPresent(Timestamp.self, forKey: .dateCreated)
        dateUpdated = try container.decodeIfPresent(Timestamp.self, forKey: .dateUpdated)
        url = try container.decodeIfPresent(String.self, forKey: .url)
        links = try container.decodeIfPresent([String: String].self, forKey: .links)
    }

    /// Makes a build record (mostly useful in tests and previews).
    public init(sid: String, serviceSid: String? = nil, status: BuildState? = nil) {
        self.sid = sid
        self.serviceSid = serviceSid
        self.status = status
    }
}

/// The state of a Build, from `…/Builds/{sid}/Status`.
public struct BuildStatus: Codable, Sendable, Hashable, WireFields {
    /// The Build, `ZB…`.
    public var sid: String
    /// The owning account, `AC…`.
    public var accountSid: String?
    /// The Service, `ZS…`.
    public var serviceSid: String?
    /// `building`, `completed` or `failed`.
    public var status: BuildState?
    /// The resource's absolute URL.
    public var url: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case sid
        case accountSid = "account_sid"
        case serviceSid = "service_sid"
        case status
        case url
    }

    /// The fields shown, in the API's order.
    public static let wireFieldNames = CodingKeys.allCases.map(\.stringValue)
}
