import BuildScript
import Foundation
import ServerlessClient

/// One build as `explain build` shows it: status, runtime, dependencies, its function and asset
/// versions (path, visibility, date), the environments running it (with the deployment date),
/// the reason it failed (the sandbox says; Twilio's Build carries none), and what changed from the
/// build of the service created just before it (``BuildComparison``; none for the service's first
/// build, which has nothing to compare with).
struct BuildExplanation: Sendable {
    let build: Build
    let failureReason: String?
    let environments: [Environment]
    /// The build created just before it; nil for the service's first build.
    let previous: Build?

    var record: Value {
        var fields: Fields = [
            "sid": .string(build.sid),
            "status": build.status.map { .string($0.rawValue) } ?? .null,
            "runtime": build.runtime.map { .string($0.rawValue) } ?? .null,
            "date_created": EnvironmentOverview.time(build.dateCreated),
        ]
        if build.status == .failed {
            fields["failure_reason"] = .string(failureReason ?? "Twilio gave no reason")
        }
        fields["dependencies"] = .list((build.dependencies?.entries ?? []).map { ["name": .string($0.name), "version": .string($0.version)] })
        fields["versions"] = .list(Self.versions(build.functionVersions, kind: "function") + Self.versions(build.assetVersions, kind: "asset"))
        fields["environments"] = .list(environments.map { environment in
            [
                "environment": .string(environment.displayName),
                "domain": environment.domainName.map(Value.string) ?? .null,
                "deployed": EnvironmentOverview.time(environment.dateUpdated),
            ]
        })
        fields["previous_build"] = previous.map { .string($0.sid) } ?? .null
        fields["changes"] = .list(previous.map { BuildComparison(from: $0, to: build).changes.map(\.record) } ?? [])
        return .record(fields)
    }

    /// `{kind, path, visibility, sid, date_created}` of each version, by path.
    static func versions(_ versions: [some BuiltVersion]?, kind: String) -> [Value] {
        (versions ?? []).sorted { ($0.path ?? "") < ($1.path ?? "") }.map { version in
            [
                "kind": .string(kind),
                "path": version.path.map(Value.string) ?? .null,
                "visibility": version.visibility.map { .string($0.rawValue) } ?? .null,
                "sid": .string(version.sid),
                "date_created": EnvironmentOverview.time(version.dateCreated),
            ]
        }
    }

    /// The build created just before `build` among `builds` (in listing order: ties keep it).
    static func previous(to build: Build, in builds: [Build]) -> Build? {
        let ordered = builds.enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element.dateCreated?.date ?? .distantPast, rhs.element.dateCreated?.date ?? .distantPast)
            return a == b ? lhs.offset < rhs.offset : a < b
        }.map(\.element)
        guard let index = ordered.firstIndex(where: { $0.sid == build.sid }), index > 0 else { return nil }
        return ordered[index - 1]
    }
}

extension VerbSession {
    /// `explain build ZB… [service=…]`: the ``BuildExplanation`` record. Requests: the build (with
    /// the failure reason), the service's environments, and its builds (one page per 1,000).
    func explainBuild(_ value: Value, service: Value?) async throws -> Value {
        let reference = try ResourceReference(value, kind: .build)
        let scopeValue = service ?? reference.parents[.service].map(Value.string)
        let scope = try overviewScope(scopeValue, command: "explain build")
        let client = executor.client
        let fetched = try await client.fetchBuildWithFailureReason(service: scope.service, build: reference.identifier)
        let environments = try await client.listEnvironments(
            service: scope.service, pageSize: RecordList<Environment>.maximumPageSize
        ).collect()
        let builds = try await client.listBuilds(service: scope.service, pageSize: RecordList<Build>.maximumPageSize).collect()
        context.seen.remember(fetched.build.sid, kind: .build)
        return BuildExplanation(
            build: fetched.build, failureReason: fetched.failureReason,
            environments: environments.filter { $0.buildSid == fetched.build.sid },
            previous: BuildExplanation.previous(to: fetched.build, in: builds)
        ).record
    }
}
