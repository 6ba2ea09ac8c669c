import BuildScript
import ServerlessClient

/// One environment as `status` shows it: its domain, the build it runs (SID, status, date,
/// runtime), when that was deployed, the URL and visibility of every function and asset, and its
/// variables' keys (never their values).
///
/// The deployment date is the environment's `date_updated`: the API cannot update an environment,
/// so it changes only when a deployment points it at a build.
struct EnvironmentOverview: Sendable {
    let environment: Environment
    let build: Build?
    let variableKeys: [String]

    /// The record `status` returns for the environment.
    var record: Value {
        let domain = environment.domainName
        var fields: Fields = [
            "environment": .string(environment.displayName),
            "sid": .string(environment.sid),
            "domain": domain.map(Value.string) ?? .null,
            "build_sid": environment.buildSid.map(Value.string) ?? .null,
        ]
        fields["build_status"] = build?.status.map { .string($0.rawValue) } ?? .null
        fields["build_date"] = Self.time(build?.dateCreated)
        fields["runtime"] = build?.runtime.map { .string($0.rawValue) } ?? .null
        fields["deployed"] = environment.buildSid == nil ? .null : Self.time(environment.dateUpdated)
        fields["functions"] = .list(Self.urls(build?.functionVersions, domain: domain))
        fields["assets"] = .list(Self.urls(build?.assetVersions, domain: domain))
        fields["variables"] = .list(variableKeys.map(Value.string))
        return .record(fields)
    }

    /// `{path, visibility, url}` of each version, by path.
    static func urls(_ versions: [some BuiltVersion]?, domain: String?) -> [Value] {
        (versions ?? []).sorted { ($0.path ?? "") < ($1.path ?? "") }.map { version in
            [
                "path": version.path.map(Value.string) ?? .null,
                "visibility": version.visibility.map { .string($0.rawValue) } ?? .null,
                "url": url(domain: domain, path: version.path).map(Value.string) ?? .null,
            ]
        }
    }

    /// `https://demo-1234-prod.twil.io/hello`; nil without a domain or a path.
    static func url(domain: String?, path: String?) -> String? {
        guard let domain, let path else { return nil }
        return "https://\(domain)" + (path.hasPrefix("/") ? path : "/" + path)
    }

    /// A timestamp as a time value (its text when it does not parse), null when absent.
    static func time(_ timestamp: Timestamp?) -> Value {
        guard let timestamp else { return .null }
        return timestamp.date.map(Value.time) ?? .string(timestamp.text)
    }
}

extension VerbSession {
    /// `status [service]`: every environment of the service, as ``EnvironmentOverview`` records.
    /// Requests: the environments (one), the builds they run (one: a fetch for one build, else the
    /// service's build listing, one page per 1,000 builds), and each environment's variables (one each).
    func status(_ value: Value?) async throws -> Value {
        let scope = try overviewScope(value, command: "status")
        let client = executor.client
        let environments = try await client.listEnvironments(
            service: scope.service, pageSize: RecordList<Environment>.maximumPageSize
        ).collect()
        let builds = try await builds(Set(environments.compactMap(\.buildSid)), in: scope)
        var records: [Value] = []
        for environment in environments {
            let keys = try await variables(of: environment, in: scope).keys.sorted()
            records.append(EnvironmentOverview(environment: environment, build: environment.buildSid.flatMap { builds[$0] }, variableKeys: keys).record)
        }
        return .list(records)
    }
}
