/// What the spec cannot say about a Build: its version lists may hold objects or bare SIDs.
extension Build {
    /// Decodes leniently: version lists may hold objects or SID strings.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sid = try container.decode(String.self, forKey: .sid)
        accountSid = try container.decodeIfPresent(String.self, forKey: .accountSid)
        serviceSid = try container.decodeIfPresent(String.self, forKey: .serviceSid)
        status = try container.decodeIfPresent(BuildState.self, forKey: .status)
        assetVersions = try container.decodeIfPresent([ObjectOrSid<AssetVersion>].self, forKey: .assetVersions)?
            .map(\.record)
        functionVersions = try container.decodeIfPresent(
            [ObjectOrSid<FunctionVersion>].self, forKey: .functionVersions)?.map(\.record)
        dependencies = try container.decodeIfPresent(Dependencies.self, forKey: .dependencies)
        runtime = try container.decodeIfPresent(Runtime.self, forKey: .runtime)
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
