import BuildScript
import ServerlessClient
import Synchronization

extension VerbSession {
    /// The body of `await`: one build gives one record back, a list gives a list.
    func awaitBuilds(_ arguments: Arguments) async throws -> Value {
        let input = arguments[AwaitVerb.builds]
        let isSingle: Bool
        switch input {
        case .list, .stream: isSingle = false
        default: isSingle = true
        }
        guard case .list(let items) = try await Value.drained(isSingle ? .list([input]) : input) else {
            return .null
        }
        let explicitReference = try arguments[AwaitVerb.service].map { value in
            try ResourceReference(value, kind: .service)
        }
        let explicitService = explicitReference?.identifier
        var order: [(service: String, sid: String)] = []
        var placeholders: [String: Value] = [:]
        for item in items {
            let reference = try ResourceReference(item, kind: .build)
            if DryRunRecord.isPlaceholder(reference.identifier) {
                placeholders[reference.identifier] = item
                continue
            }
            guard ResourceReference.isSID(reference.identifier) else {
                throw ServerlessVerbError.nameNotAccepted(.build, name: reference.identifier)
            }
            guard let service = explicitService ?? reference.parents[.service] ?? context.service?.sid else {
                throw ServerlessVerbError.missingScope(command: "await", scope: .service)
            }
            order.append((service, reference.identifier))
        }
        let timeout = arguments[AwaitVerb.timeout].map { Duration.seconds($0) }
            ?? options.awaitTimeout
        let waited = try await wait(for: order, timeout: timeout)
        // A dry run's builds are finished as they are; the rest keep the order they were given in.
        let waitedBySid = Dictionary(waited.map { ($0["sid"].stringText ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        let finished = try items.compactMap { item -> Value? in
            let sid = try ResourceReference(item, kind: .build).identifier
            return placeholders[sid] ?? waitedBySid[sid]
        }
        let failed = finished.filter { $0["status"] == .string("failed") }
        if !arguments[AwaitVerb.allowFailed], !failed.isEmpty {
            let names = ServiceNames(selected: context.service, given: arguments[AwaitVerb.service], as: explicitReference)
            var explained: [BuildFailure] = []
            for record in failed.prefix(Self.explainedFailures) {
                let sid = record["sid"].stringText ?? ""
                let service = order.first { $0.sid == sid }?.service ?? record["service_sid"].stringText ?? ""
                explained.append(
                    await BuildFailure.explained(
                        build: sid, serviceSid: service, serviceName: names.name(of: service),
                        runtime: record["runtime"].stringText, client: executor.client))
            }
            throw ServerlessVerbError.buildsFailed(explained, total: failed.count)
        }
        return isSingle ? (finished.first ?? .null) : .list(finished)
    }

    /// How many failed builds `await` names, each with its reason (one request each).
    static let explainedFailures = 5

    /// Waits for builds grouped by service, all groups at once, with one progress line.
    private func wait(for builds: [(service: String, sid: String)], timeout: Duration) async throws -> [Value] {
        guard !builds.isEmpty else { return [] }
        var services: [String] = []
        for build in builds where !services.contains(build.service) { services.append(build.service) }
        let progress = BuildWaitTally()
        let total = builds.count
        let writer = loops.isDrawing ? nil : options.progressWriter
        let line = LiveProgressLine(write: writer) { tick, elapsed in
            let (finished, failed) = progress.counts
            if total == 1 {
                return ProgressText.awaitingOne(sid: builds[0].sid, status: finished == 1 ? "finished" : "building", elapsed: elapsed, tick: tick)
            }
            return ProgressText.awaitingMany(finished: finished, total: total, failed: failed, elapsed: elapsed, tick: tick)
        }
        defer { line.finish() }
        let client = executor.client
        let results = try await withThrowingTaskGroup(of: [Build].self) { group in
            for service in services {
                let sids = builds.filter { $0.service == service }.map(\.sid)
                group.addTask {
                    let report: BuildWaitProgressHandler = { state in progress.update(service, state) }
                    if sids.count == 1 {
                        return [try await client.awaitBuild(service: service, build: sids[0], timeout: timeout, progress: report)]
                    }
                    return try await client.awaitBuilds(service: service, builds: sids, timeout: timeout, progress: report)
                }
            }
            var all: [Build] = []
            for try await finished in group { all += finished }
            return all
        }
        let bySid = Dictionary(results.map { ($0.sid, $0) }, uniquingKeysWith: { first, _ in first })
        return try builds.compactMap { build in
            guard let record = bySid[build.sid] else { return nil }
            let value = try RecordEncoder.encode(record)
            context.seen.remember(resource: value)
            return value
        }
    }
}

/// The unique names `await` knows services by: the service of `use service`, and a service record
/// given as `service=` (a name given there is already what the builds are awaited under).
private struct ServiceNames {
    private var names: [String: String] = [:]

    init(selected: VerbContext.Selection?, given: Value?, as reference: ResourceReference?) {
        if let selected, let name = selected.uniqueName { names[selected.sid] = name }
        if let given, let reference, given["sid"].stringText == reference.identifier, let name = given["unique_name"].stringText {
            names[reference.identifier] = name
        }
    }

    /// The unique name of `service` (a SID or name), else `service` itself.
    func name(of service: String) -> String { names[service] ?? service }
}

/// The latest wait progress of each service's builds, summed for one progress line.
final class BuildWaitTally: Sendable {
    private let states = Mutex<[String: BuildWaitProgress]>([:])

    /// Records the progress of one service's wait.
    func update(_ service: String, _ state: BuildWaitProgress) {
        states.withLock { $0[service] = state }
    }

    /// Builds finished (completed or failed) and failed so far, over all services.
    var counts: (finished: Int, failed: Int) {
        states.withLock { states in
            let failed = states.values.reduce(0) { $0 + $1.failed }
            return (states.values.reduce(0) { $0 + $1.completed } + failed, failed)
        }
    }
}
