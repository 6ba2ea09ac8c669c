import Foundation
import ServerlessClient

/// Decides the ``DeployPlan`` with reads only (nothing is created): finds the service and
/// environment, and for each file whether a version with the same content can be reused.
///
/// A version is reused only when the state file records it for this service and path with the
/// file's SHA-256 and visibility, **and** the service confirms it: the version still exists,
/// belongs to the recorded Function or Asset, and has this path and visibility (confirmed from the
/// environment's current build, which embeds its versions, or by fetching the version). Without
/// such a record, a function is still reused when the environment runs a version of its path and
/// visibility whose content, fetched from the API, has the file's digest (assets have no content
/// endpoint, so they are uploaded again).
struct DeployPlanner: Sendable {
    let client: ServerlessClient
    let state: DeployState

    /// The plan for `project` with `settings`. The service is the one ``DeploySettings/serviceSid``
    /// names, else the one of that unique name; the environment is found by ``EnvironmentName``'s
    /// rule, and named by ``ToolkitEnvironmentNaming`` when it is to be created.
    func plan(_ project: DeployProject, _ given: DeploySettings) async throws -> DeployPlan {
        var settings = given
        var notes: [String] = []
        guard let service = try await findService(&settings, notes: &notes) else {
            return DeployPlan(
                settings: settings, project: project, service: nil, environment: nil,
                items: project.files.map { DeployPlan.Item(file: $0, change: .new, resourceSid: nil, versionSid: nil) },
                removals: [],
                variables: project.variables.map { DeployPlan.VariableChange(key: $0.key, value: $0.value, existingSid: nil, change: .new) },
                build: .create, newEnvironment: try Self.naming(settings), notes: notes)
        }
        let environment = settings.environment.find(in: try await client.listEnvironments(service: service.sid, pageSize: 1000).collect())
        let newEnvironment = environment == nil ? try Self.naming(settings) : nil
        var current: Build?
        if let environment, let build = environment.buildSid {
            current = try await optional({ try await client.fetchBuild(service: service.sid, build: build) })
        }
        let record = state.services[service.sid] ?? DeployState.ServiceRecord()
        let resources = try await resourcesByName(service: service.sid)
        var items: [DeployPlan.Item] = []
        for file in project.files {
            items.append(try await item(for: file, service: service.sid, record: record, current: current, resources: resources))
        }
        let projectPaths = Set(project.files.map { DeployState.key($0.kind, $0.path) })
        let removals = (current.map(Self.pathsIn) ?? []).filter { !projectPaths.contains(DeployState.key($0.kind, $0.path)) }
        var variables: [DeployPlan.VariableChange] = []
        var existing: [Variable] = []
        if let environment {
            existing = try await client.listVariables(service: service.sid, environment: environment.sid, pageSize: 1000).collect()
        }
        for (key, value) in project.variables {
            let match = existing.first { $0.key == key }
            let change: DeployPlan.Change = match == nil ? .new : match?.value == value ? .reused : .changed
            variables.append(.init(key: key, value: value, existingSid: match?.sid, change: change))
        }
        let build = try await buildStep(items: items, project: project, settings: settings, service: service.sid, current: current, record: record)
        return DeployPlan(
            settings: settings, project: project, service: service, environment: environment, items: items,
            removals: removals, variables: variables, build: build, newEnvironment: newEnvironment, notes: notes)
    }

    /// The service `settings` name by SID (its unique name then becomes ``DeploySettings/serviceName``),
    /// else by unique name; nil when it is to be created. A SID that no longer exists is an error,
    /// unless it came from `.twiliodeployinfo`: then the service is looked up by name, with a note.
    private func findService(_ settings: inout DeploySettings, notes: inout [String]) async throws -> Service? {
        if let sid = settings.serviceSid {
            if let found = try await optional({ try await client.fetchService(service: sid) }) {
                settings.serviceName = found.uniqueName ?? sid
                return found
            }
            let source = settings.origins.first { $0.setting == "service" }?.source
            guard settings.serviceSidFromDeployInfo else {
                throw DeployError.checksFailed([DeployProblem(file: source, message: "service \(sid) does not exist")])
            }
            guard !settings.serviceName.isEmpty, !ResourceReference.isSID(settings.serviceName) else {
                throw DeployError.checksFailed([DeployProblem(
                    file: source, message: "service \(sid) no longer exists, and there is no service name to deploy by: pass service=NAME or give package.json a name")])
            }
            notes.append("warning: \(ToolkitDeployInfo.fileName) names service \(sid), which no longer exists; deploying to service \(settings.serviceName) by name")
            settings.serviceSid = nil
        }
        return try await optional({ try await client.fetchService(service: settings.serviceName) })
    }

    /// How the environment of `settings` is created; a name that cannot be a domain suffix is an error.
    private static func naming(_ settings: DeploySettings) throws -> ToolkitEnvironmentNaming {
        switch ToolkitEnvironmentNaming.forNew(settings.environment) {
        case .success(let naming): return naming
        case .failure(let problem):
            let source = settings.origins.first { $0.setting == "environment" }?.source
            throw DeployError.checksFailed([DeployProblem(file: source == "default" ? nil : source, message: problem.description)])
        }
    }

    /// How one file is handled.
    private func item(
        for file: ProjectFile, service: String, record: DeployState.ServiceRecord, current: Build?,
        resources: [String: String]
    ) async throws -> DeployPlan.Item {
        let key = DeployState.key(file.kind, file.path)
        let entry = record.versions[key]
        if let entry, entry.sha256 == file.sha256, entry.visibility == file.visibility,
           try await confirms(entry, file: file, service: service, current: current)
        {
            return DeployPlan.Item(file: file, change: .reused, resourceSid: entry.resourceSid, versionSid: entry.versionSid)
        }
        if let live = try await liveFunctionWithContent(of: file, service: service, current: current), let resource = live.functionSid {
            return DeployPlan.Item(file: file, change: .reused, resourceSid: resource, versionSid: live.sid)
        }
        let resource = resources[file.kind.rawValue + ":" + file.path]
        let known = entry != nil || (current.map(Self.pathsIn)?.contains(DeployPlan.Removal(kind: file.kind, path: file.path)) ?? false)
        return DeployPlan.Item(file: file, change: known && resource != nil ? .changed : .new, resourceSid: resource, versionSid: nil)
    }

    /// Whether the service still has the recorded version, in the recorded resource, with the file's
    /// path and visibility.
    private func confirms(_ entry: DeployState.Entry, file: ProjectFile, service: String, current: Build?) async throws -> Bool {
        // The version's resource, path and visibility: from the current build's list, else fetched.
        let placed: (resource: String?, path: String?, visibility: Visibility?)?
        switch file.kind {
        case .function:
            placed = try await found(current?.functionVersions?.first { $0.sid == entry.versionSid && $0.path != nil }) {
                try await client.fetchFunctionVersion(service: service, function: entry.resourceSid, version: entry.versionSid)
            }.map { ($0.functionSid, $0.path, $0.visibility) }
        case .asset:
            placed = try await found(current?.assetVersions?.first { $0.sid == entry.versionSid && $0.path != nil }) {
                try await client.fetchAssetVersion(service: service, asset: entry.resourceSid, version: entry.versionSid)
            }.map { ($0.assetSid, $0.path, $0.visibility) }
        }
        return placed?.resource == entry.resourceSid && placed?.path == file.path && placed?.visibility?.rawValue == file.visibility
    }

    /// Without a usable record (no state file, say, in a fresh checkout): the environment's function
    /// version of this path and visibility, when its content, fetched, is the file's content.
    private func liveFunctionWithContent(of file: ProjectFile, service: String, current: Build?) async throws -> FunctionVersion? {
        guard file.kind == .function,
              let live = current?.functionVersions?.first(where: {
                  $0.path == file.path && $0.visibility?.rawValue == file.visibility && $0.functionSid != nil
              }),
              let function = live.functionSid,
              let content = try await optional({
                  try await client.fetchFunctionVersionContent(service: service, function: function, version: live.sid)
              })?.content
        else { return nil }
        return SHA256Digest.hex(Data(content.utf8)) == file.sha256 ? live : nil
    }

    /// Functions and Assets of the service by `kind:friendly_name` (`deploy` names them by path).
    private func resourcesByName(service: String) async throws -> [String: String] {
        var names: [String: String] = [:]
        for function in try await client.listFunctions(service: service, pageSize: 1000).collect() {
            if let name = function.friendlyName, names["function:" + name] == nil { names["function:" + name] = function.sid }
        }
        for asset in try await client.listAssets(service: service, pageSize: 1000).collect() {
            if let name = asset.friendlyName, names["asset:" + name] == nil { names["asset:" + name] = asset.sid }
        }
        return names
    }

    /// Up to date when nothing is uploaded and the environment runs a build of exactly these
    /// versions, dependencies and runtime; else the earlier deploy's build when it has exactly
    /// them: deployed again when completed, awaited first when still building (that deploy was
    /// stopped while it waited); else new. A failed or deleted earlier build is never reused.
    private func buildStep(
        items: [DeployPlan.Item], project: DeployProject, settings: DeploySettings, service: String, current: Build?,
        record: DeployState.ServiceRecord
    ) async throws -> DeployPlan.BuildStep {
        guard items.allSatisfy({ $0.change == .reused }) else { return .create }
        let expected = Set(items.compactMap(\.versionSid))
        let hasThisContent = { (build: Build) in
            build.runtime?.rawValue == settings.runtime
                && Set((build.functionVersions ?? []).map(\.sid) + (build.assetVersions ?? []).map(\.sid)) == expected
                && Set(build.dependencies?.entries ?? []) == Set(project.dependencies)
        }
        if let current, current.status == .completed, hasThisContent(current) { return .upToDate(build: current.sid) }
        guard let last = record.lastBuildSid, last != current?.sid,
              let build = try await optional({ try await client.fetchBuild(service: service, build: last) }),
              hasThisContent(build)
        else { return .create }
        if build.status == .completed { return .reuse(build: build.sid) }
        if build.status?.isFinished == false { return .awaitEarlier(build: build.sid) }
        return .create
    }

    /// The function and asset paths a build serves.
    static func pathsIn(_ build: Build) -> [DeployPlan.Removal] {
        (build.functionVersions ?? []).compactMap { $0.path.map { DeployPlan.Removal(kind: .function, path: $0) } }
            + (build.assetVersions ?? []).compactMap { $0.path.map { DeployPlan.Removal(kind: .asset, path: $0) } }
    }

    /// `listed` when there is one, else what `fetch` finds (nil when the API has no such record).
    private func found<Record>(_ listed: Record?, orFetch fetch: () async throws -> Record) async throws -> Record? {
        if let listed { return listed }
        return try await optional(fetch)
    }

    /// The result of a fetch, or nil when the API answers 404.
    private func optional<Record>(_ fetch: () async throws -> Record) async throws -> Record? {
        do {
            return try await fetch()
        } catch let error as ServerlessError where error.isNotFound {
            return nil
        }
    }
}
