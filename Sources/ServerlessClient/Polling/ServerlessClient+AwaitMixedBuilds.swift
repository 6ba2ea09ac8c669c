import Synchronization

/// Waiting for builds that may belong to several Services.
extension ServerlessClient {
    /// Waits for build records (e.g. from `createBuild` or `listBuilds`), grouped by their
    /// `serviceSid`; each service is awaited as in ``awaitBuilds(service:builds:timeout:schedule:progress:)``,
    /// all services at once. Returns the finished builds in the order given; `progress` receives the
    /// counts summed over all services. A record without `serviceSid` is an invalid argument.
    public func awaitBuilds(
        _ builds: [Build], timeout: Duration = .seconds(600), schedule: BuildPollSchedule = .standard,
        progress: BuildWaitProgressHandler? = nil
    ) async throws -> [Build] {
        var sidsByService: [String: [String]] = [:]
        for build in builds {
            guard let service = build.serviceSid, !service.isEmpty else {
                throw ServerlessError.invalidArgument("build \(build.sid) has no service_sid")
            }
            sidsByService[service, default: []].append(build.sid)
        }
        let combined = CombinedProgress(handler: progress)
        let finished = try await withThrowingTaskGroup(of: [Build].self) { group in
            for (service, sids) in sidsByService {
                group.addTask {
                    try await self.awaitBuilds(
                        service: service, builds: sids, timeout: timeout, schedule: schedule,
                        progress: { combined.update(service: service, $0) })
                }
            }
            var all: [String: Build] = [:]
            for try await builds in group {
                for build in builds { all[build.sid] = build }
            }
            return all
        }
        return builds.compactMap { finished[$0.sid] }
    }
}

/// Sums the progress of several per-service waits into one.
private final class CombinedProgress: Sendable {
    private let handler: BuildWaitProgressHandler?
    private let latest = Mutex<[String: BuildWaitProgress]>([:])

    init(handler: BuildWaitProgressHandler?) {
        self.handler = handler
    }

    func update(service: String, _ progress: BuildWaitProgress) {
        guard let handler else { return }
        let sum = latest.withLock { latest in
            latest[service] = progress
            return latest.values.reduce(
                BuildWaitProgress(total: 0, pending: 0, completed: 0, failed: 0, polls: 0, requests: 0, elapsed: .zero)
            ) { sum, part in
                BuildWaitProgress(
                    total: sum.total + part.total, pending: sum.pending + part.pending,
                    completed: sum.completed + part.completed, failed: sum.failed + part.failed,
                    polls: max(sum.polls, part.polls), requests: sum.requests + part.requests,
                    elapsed: max(sum.elapsed, part.elapsed))
            }
        }
        handler(sum)
    }
}
