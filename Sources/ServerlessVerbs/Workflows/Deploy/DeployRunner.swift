import Foundation
import ServerlessClient

/// Carries out a ``DeployPlan``: creates what is missing, uploads new and changed files, builds
/// (unless the plan reuses a build), waits, sets the variables and deploys. The state file is
/// written after the uploads and as soon as the build is created, before waiting for it, so an
/// interrupted deploy still reuses what it uploaded, and the build it started.
struct DeployRunner: Sendable {
    let client: ServerlessClient
    /// The project folder, beside which the state file is kept.
    let directory: String
    /// How long to wait for the build.
    let timeout: Duration
    let progress: DeployProgress
    /// Writes a warning line (e.g. when the state file cannot be written).
    let warn: @Sendable (String) -> Void

    /// What a finished deploy did.
    struct Outcome: Sendable {
        let service: Service
        let environment: Environment
        let build: String
        /// Nil when the environment was already up to date.
        let deployment: String?
        /// The version of each file, in plan order.
        let versions: [String]
    }

    /// Runs `plan`, recording uploads in `state`.
    func run(_ plan: DeployPlan, state initial: DeployState) async throws -> Outcome {
        var state = initial
        let settings = plan.settings
        let service: Service
        if let existing = plan.service {
            service = existing
        } else {
            service = try await client.createService(uniqueName: settings.serviceName, friendlyName: settings.serviceName)
        }
        let environment: Environment
        if let existing = plan.environment {
            environment = existing
        } else {
            let naming = plan.newEnvironment ?? ToolkitEnvironmentNaming(uniqueName: settings.environmentName, domainSuffix: nil)
            environment = try await client.createEnvironment(
                service: service.sid, uniqueName: naming.uniqueName, domainSuffix: naming.domainSuffix)
        }
        var record = state.services[service.sid] ?? DeployState.ServiceRecord()
        let uploads = plan.uploads
        let uploaded = await upload(uploads, service: service.sid)
        var failure: (any Error)?
        for (index, result) in uploaded {
            switch result {
            case .success(let entry): record.versions[DeployState.key(uploads[index].file.kind, uploads[index].file.path)] = entry
            case .failure(let error): failure = failure ?? error
            }
        }
        for item in plan.items where item.change == .reused {
            guard let resource = item.resourceSid, let version = item.versionSid else { continue }
            record.versions[DeployState.key(item.file.kind, item.file.path)] = DeployState.Entry(
                resourceSid: resource, versionSid: version, visibility: item.file.visibility, sha256: item.file.sha256)
        }
        save(&state, record, service: service.sid)
        if let failure { throw failure }
        let versions = plan.items.map { item in
            item.versionSid ?? record.versions[DeployState.key(item.file.kind, item.file.path)]?.versionSid ?? ""
        }
        let build: String
        switch plan.build {
        case .upToDate(let current):
            try await setVariables(plan.variableWrites, service: service.sid, environment: environment.sid)
            return Outcome(service: service, environment: environment, build: current, deployment: nil, versions: versions)
        case .reuse(let earlier):
            build = earlier
        case .awaitEarlier(let earlier):
            build = earlier
            try await awaitBuild(build, plan, service: service)
        case .create:
            build = try await createBuild(plan, versions: versions, service: service)
            record.lastBuildSid = build
            save(&state, record, service: service.sid)
            try await awaitBuild(build, plan, service: service)
        }
        try await setVariables(plan.variableWrites, service: service.sid, environment: environment.sid)
        progress.set(.deploying(build: build, environment: environment.displayName))
        let deployment = try await client.createDeployment(service: service.sid, environment: environment.sid, build: build)
        return Outcome(service: service, environment: environment, build: build, deployment: deployment.sid, versions: versions)
    }

    /// Uploads every item at once (the client bounds the requests in flight); each result keeps its index.
    private func upload(_ items: [DeployPlan.Item], service: String) async -> [(Int, Result<DeployState.Entry, any Error>)] {
        progress.set(.uploading(done: 0, total: items.count))
        let client = client
        let progress = progress
        return await withTaskGroup(of: (Int, Result<DeployState.Entry, any Error>).self) { group in
            for (index, item) in items.enumerated() {
                group.addTask {
                    do {
                        let entry = try await Self.uploadOne(item, service: service, client: client)
                        progress.uploadFinished()
                        return (index, .success(entry))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            var results: [(Int, Result<DeployState.Entry, any Error>)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }
        }
    }

    /// Creates the Function or Asset when needed, then uploads the file as a new version of it.
    private static func uploadOne(_ item: DeployPlan.Item, service: String, client: ServerlessClient) async throws -> DeployState.Entry {
        let file = item.file
        let resource: String
        if let existing = item.resourceSid {
            resource = existing
        } else {
            var form = FormParameters()
            form.add("FriendlyName", file.path)
            resource = try await client.create(ResourcePath(file.kind.resource, parents: [service]), form: form).sid
        }
        let version = try await client.upload(
            ResourcePath(file.kind.version, parents: [service, resource]), servedAt: file.path,
            visibility: Visibility(rawValue: file.visibility), content: file.content,
            fileName: file.path.split(separator: "/").last.map(String.init),
            contentType: file.kind == .asset ? AssetContentType.of(file.path) : nil
        ).sid
        return DeployState.Entry(resourceSid: resource, versionSid: version, visibility: file.visibility, sha256: file.sha256)
    }

    /// Creates the build of the plan's versions.
    private func createBuild(_ plan: DeployPlan, versions: [String], service: Service) async throws -> String {
        let functions = zip(plan.items, versions).filter { $0.0.file.kind == .function }.map { $0.1 }
        let assets = zip(plan.items, versions).filter { $0.0.file.kind == .asset }.map { $0.1 }
        return try await client.createBuild(
            service: service.sid, functionVersions: functions, assetVersions: assets,
            dependencies: plan.project.dependencies.isEmpty ? nil : Dependencies(plan.project.dependencies),
            runtime: Runtime(rawValue: plan.settings.runtime)
        ).sid
    }

    /// Waits for `build`; a failed build is an error with the server's reason.
    private func awaitBuild(_ build: String, _ plan: DeployPlan, service: Service) async throws {
        progress.set(.building(build: build))
        let finished = try await client.awaitBuild(service: service.sid, build: build, timeout: timeout)
        guard finished.status == .failed else { return }
        throw DeployError.buildFailed(
            await BuildFailure.explained(
                build: build, serviceSid: service.sid, serviceName: service.uniqueName ?? service.sid,
                runtime: plan.settings.runtime, client: client))
    }

    /// Creates or updates the variables whose value differs.
    private func setVariables(_ changes: [DeployPlan.VariableChange], service: String, environment: String) async throws {
        for change in changes {
            if let existing = change.existingSid {
                _ = try await client.updateVariable(service: service, environment: environment, variable: existing, value: change.value)
            } else {
                _ = try await client.createVariable(service: service, environment: environment, key: change.key, value: change.value)
            }
        }
    }

    /// Stores `record` for `service` and writes the state file; a failure to write is a warning.
    private func save(_ state: inout DeployState, _ record: DeployState.ServiceRecord, service: String) {
        state.services[service] = record
        do {
            try state.save(to: directory)
        } catch {
            warn("warning: could not write \(DeployState.location(of: directory)): \(error.localizedDescription)")
        }
    }
}
