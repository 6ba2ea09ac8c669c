import Foundation
import ServerlessClient
import ServerlessSandbox

/// Reads a live account's services (all, or those named) through a read-only client and writes each
/// into a ``SnapshotFile`` as it is read, one transaction a service. Lists use pages of 1,000; a
/// service's function versions' contents are fetched side by side, bounded by the client's limit on
/// requests in flight (and its retries answer 429s). Services already in the file (from a run that
/// failed part-way) are skipped.
struct AccountImporter {
    let client: ServerlessClient
    let file: SnapshotFile
    /// Called with a line of progress before each service, during a large one, and after it.
    let progress: @Sendable (String) -> Void
    /// Called with a warning about the file (services kept from an earlier run that this one does not read).
    var warning: @Sendable (String) -> Void = { _ in }
    /// Whether a named service the account does not have is left out (`sandbox diff`: it is absent
    /// from that side) rather than an error (`sandbox import`: a name that reads nothing is a mistake).
    var absentNamesAreEmpty = false

    /// How many log lines of each environment are kept: the API's default window (the last day),
    /// newest pages first would cost more than it tells.
    static let logLimit = 1000
    private static let page = 1000
    /// A large service says how far it has got every this many builds or function versions read.
    static let progressStep = 1000

    /// What the import did.
    struct Summary {
        /// What the file holds once the import is done, per kind (services kept from an earlier run included).
        var counts: [(kind: String, count: Int)]
        /// How many of the services asked for were in the file already, kept from an earlier run.
        var resumed: Int
    }

    /// Imports the services named in `only` (SIDs or unique names; every service when empty).
    func run(only: [String]) async throws -> Summary {
        let services = try await listed(only)
        let held = try file.services()
        let asked = Set(services.map(\.sid))
        let others = held.filter { !asked.contains($0.sid) }.map(\.uniqueName)
        if !others.isEmpty {
            warning("\(file.path), begun by an earlier run, holds service(s) this run does not read: "
                + "\(others.joined(separator: ", ")); they stay in the file (remove it to start afresh)")
        }
        let done = Set(held.map(\.sid))
        var resumed = 0
        for (index, service) in services.enumerated() {
            let label = "\(index + 1)/\(services.count) \(service.uniqueName ?? service.sid)"
            if done.contains(service.sid) {
                resumed += 1
                progress("service \(label): already imported")
                continue
            }
            progress("service \(label)…")
            let snapshot = try await read(service, label: label)
            try file.write(snapshot)
            progress("service \(label): \(snapshot.builds.count) builds, \(snapshot.versions.count) versions, "
                + "\(snapshot.environments.count) environments")
        }
        return Summary(counts: try file.counts(), resumed: resumed)
    }

    /// The services to read, each once: one named twice (by name, or by name and SID) is read once.
    private func listed(_ only: [String]) async throws -> [Service] {
        if only.isEmpty { return try await client.listServices(pageSize: Self.page).collect() }
        var services: [Service] = []
        var seen: Set<String> = []
        for name in only {
            let service: Service
            do {
                service = try await client.fetchService(service: name)
            } catch let error as ServerlessError where absentNamesAreEmpty && error.status == 404 {
                continue
            }
            if seen.insert(service.sid).inserted { services.append(service) }
        }
        return services
    }

    private func read(_ service: Service, label: String) async throws -> SnapshotService {
        let sid = service.sid
        var snapshot = SnapshotService(
            sid: sid, uniqueName: service.uniqueName ?? sid, friendlyName: service.friendlyName ?? "",
            includeCredentials: service.includeCredentials ?? false, uiEditable: service.uiEditable ?? false,
            domainBase: service.domainBase ?? "", dateCreated: Self.date(service.dateCreated),
            dateUpdated: Self.date(service.dateUpdated))
        let functions = try await client.listFunctions(service: sid, pageSize: Self.page).collect()
        let assets = try await client.listAssets(service: sid, pageSize: Self.page).collect()
        snapshot.components = functions.map {
            SnapshotComponent(sid: $0.sid, isFunction: true, friendlyName: $0.friendlyName ?? "",
                              dateCreated: Self.date($0.dateCreated), dateUpdated: Self.date($0.dateUpdated))
        } + assets.map {
            SnapshotComponent(sid: $0.sid, isFunction: false, friendlyName: $0.friendlyName ?? "",
                              dateCreated: Self.date($0.dateCreated), dateUpdated: Self.date($0.dateUpdated))
        }
        snapshot.versions = try await functionVersions(of: sid, functions: functions.map(\.sid), label: label)
            + assetVersions(of: sid, assets: assets.map(\.sid))
        for try await build in client.listBuilds(service: sid, pageSize: Self.page) {
            snapshot.builds.append(Self.build(build))
            if snapshot.builds.count.isMultiple(of: Self.progressStep) {
                progress("service \(label): \(snapshot.builds.count) builds read…")
            }
        }
        try await readEnvironments(of: sid, into: &snapshot)
        return snapshot
    }

    /// Every function's versions, then each one's content, side by side (in list order in the result).
    private func functionVersions(of service: String, functions: [String], label: String) async throws -> [SnapshotVersion] {
        var listed: [(function: String, version: FunctionVersion)] = []
        for function in functions {
            for version in try await client.listFunctionVersions(service: service, function: function, pageSize: Self.page).collect() {
                listed.append((function, version))
            }
        }
        let client = client
        let progress = progress
        let contents = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            for (index, entry) in listed.enumerated() {
                group.addTask {
                    let content = try await client.fetchFunctionVersionContent(
                        service: service, function: entry.function, version: entry.version.sid)
                    return (index, Data((content.content ?? "").utf8))
                }
            }
            var contents = [Data](repeating: Data(), count: listed.count)
            var read = 0
            for try await (index, data) in group {
                contents[index] = data
                read += 1
                if read.isMultiple(of: Self.progressStep) {
                    progress("service \(label): code of \(read)/\(listed.count) function versions read…")
                }
            }
            return contents
        }
        return listed.enumerated().map { index, entry in
            SnapshotVersion(
                sid: entry.version.sid, isFunction: true, componentSid: entry.function, path: entry.version.path ?? "",
                visibility: entry.version.visibility?.rawValue ?? "public", content: contents[index],
                dateCreated: Self.date(entry.version.dateCreated))
        }
    }

    /// Asset versions have no content endpoint in the API: they are kept with empty content.
    private func assetVersions(of service: String, assets: [String]) async throws -> [SnapshotVersion] {
        var versions: [SnapshotVersion] = []
        for asset in assets {
            for version in try await client.listAssetVersions(service: service, asset: asset, pageSize: Self.page).collect() {
                versions.append(SnapshotVersion(
                    sid: version.sid, isFunction: false, componentSid: asset, path: version.path ?? "",
                    visibility: version.visibility?.rawValue ?? "public", content: Data(),
                    dateCreated: Self.date(version.dateCreated)))
            }
        }
        return versions
    }

    private static func build(_ build: Build) -> SnapshotBuild {
        SnapshotBuild(
            sid: build.sid, status: build.status?.rawValue ?? "completed",
            functionVersionSids: (build.functionVersions ?? []).map(\.sid),
            assetVersionSids: (build.assetVersions ?? []).map(\.sid),
            dependencies: (build.dependencies?.entries ?? []).map { ($0.name, $0.version) },
            runtime: build.runtime?.rawValue ?? "node22",
            dateCreated: date(build.dateCreated), dateUpdated: date(build.dateUpdated))
    }

    private func readEnvironments(of service: String, into snapshot: inout SnapshotService) async throws {
        for environment in try await client.listEnvironments(service: service, pageSize: Self.page).collect() {
            let sid = environment.sid
            snapshot.environments.append(SnapshotEnvironment(
                sid: sid, uniqueName: environment.uniqueName ?? sid, domainSuffix: environment.domainSuffix,
                domainName: environment.domainName ?? "", buildSid: environment.buildSid,
                dateCreated: Self.date(environment.dateCreated), dateUpdated: Self.date(environment.dateUpdated)))
            for deployment in try await client.listDeployments(service: service, environment: sid, pageSize: Self.page).collect() {
                snapshot.deployments.append(SnapshotDeployment(
                    sid: deployment.sid, environmentSid: sid, buildSid: deployment.buildSid,
                    dateCreated: Self.date(deployment.dateCreated), dateUpdated: Self.date(deployment.dateUpdated)))
            }
            for variable in try await client.listVariables(service: service, environment: sid, pageSize: Self.page).collect() {
                snapshot.variables.append(SnapshotVariable(
                    sid: variable.sid, environmentSid: sid, key: variable.key ?? "", value: variable.value ?? "",
                    dateCreated: Self.date(variable.dateCreated), dateUpdated: Self.date(variable.dateUpdated)))
            }
            for log in try await client.listLogs(service: service, environment: sid, pageSize: Self.page, limit: Self.logLimit).collect() {
                snapshot.logs.append(SnapshotLog(
                    sid: log.sid, environmentSid: sid, buildSid: log.buildSid, deploymentSid: log.deploymentSid,
                    functionSid: log.functionSid, requestSid: log.requestSid ?? "", level: log.level ?? "info",
                    message: log.message ?? "", dateCreated: Self.date(log.dateCreated)))
            }
        }
    }

    /// A record's date; one the server left out is the moment of the import.
    private static func date(_ timestamp: Timestamp?) -> Date {
        timestamp?.date ?? Date()
    }
}
