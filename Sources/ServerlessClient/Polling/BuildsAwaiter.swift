/// Waiting for many Builds of one Service with few requests.
///
/// Strategy, per tick of the ``BuildPollSchedule``: while the pending builds outnumber the list
/// pages needed to see them all (measured on the previous tick; one page is assumed at first),
/// one *sweep* reads `list builds` with `PageSize=1000`, page by page, stopping as soon as every
/// pending build has been seen; finished builds come straight from the list records, so no extra
/// fetch is needed. Otherwise each pending build is fetched on its own (in parallel, through the
/// client's concurrency limit). Pending builds a complete sweep did not show are fetched on their
/// own in the same tick (a deleted build then fails the wait with its 404).
///
/// Cost: with the standard schedule and a service holding up to 1000 builds, waiting for 100 builds
/// makes one request per tick — e.g. 12 requests for builds that finish within 30 s — where one
/// status poll per build per second would make 3000.
struct BuildsAwaiter {
    let client: ServerlessClient
    let service: String
    let schedule: BuildPollSchedule
    let timeout: Duration
    let progress: BuildWaitProgressHandler?

    private var pending: [String] = []
    private var finished: [String: Build] = [:]
    private var sweepPages = 1
    private var requests = 0
    private var polls = 0

    init(client: ServerlessClient, service: String, schedule: BuildPollSchedule, timeout: Duration,
         progress: BuildWaitProgressHandler?) {
        self.client = client
        self.service = service
        self.schedule = schedule
        self.timeout = timeout
        self.progress = progress
    }

    mutating func run(builds: [String]) async throws -> [Build] {
        var seen = Set<String>()
        pending = builds.filter { seen.insert($0).inserted }
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = start + timeout
        while true {
            if pending.count > 1 && pending.count >= sweepPages {
                try await sweep()
            } else {
                try await fetchEach(pending)
            }
            polls += 1
            report(elapsed: start.duration(to: clock.now))
            if pending.isEmpty {
                return builds.compactMap { finished[$0] }
            }
            let now = clock.now
            guard now < deadline else {
                throw ServerlessError.buildWaitTimedOut(service: service, pending: pending, after: timeout)
            }
            try await Task.sleep(for: min(schedule.interval(afterPoll: polls - 1), now.duration(to: deadline)))
        }
    }

    /// Reads list pages until every pending build has been seen.
    private mutating func sweep() async throws {
        let list = client.listBuilds(service: service, pageSize: RecordList<Build>.maximumPageSize)
        var unseen = Set(pending)
        let walk = try await list.pages()
        var pageURL: String? = walk.firstURL
        var pages = 0
        while let url = pageURL, !unseen.isEmpty {
            let page = try await walk.fetch(url)
            pages += 1
            requests += 1
            for build in page.records where unseen.remove(build.sid) != nil {
                record(build)
            }
            if let next = page.meta.nextPageURL {
                pageURL = try walk.resolve(next)
            } else {
                pageURL = nil
            }
        }
        sweepPages = max(pages, 1)
        if !unseen.isEmpty {
            try await fetchEach(pending.filter(unseen.contains))
        }
    }

    /// Fetches the given builds, in parallel through the client's limiter.
    private mutating func fetchEach(_ sids: [String]) async throws {
        let client = client
        let service = service
        let builds = try await withThrowingTaskGroup(of: Build.self) { group in
            for sid in sids {
                group.addTask { try await client.fetchBuild(service: service, build: sid) }
            }
            var builds: [Build] = []
            for try await build in group { builds.append(build) }
            return builds
        }
        requests += sids.count
        builds.forEach { record($0) }
    }

    private mutating func record(_ build: Build) {
        guard let status = build.status, status.isFinished else { return }
        finished[build.sid] = build
        pending.removeAll { $0 == build.sid }
    }

    private func report(elapsed: Duration) {
        guard let progress else { return }
        let failed = finished.values.filter { $0.status == .failed }.count
        progress(BuildWaitProgress(
            total: pending.count + finished.count, pending: pending.count, completed: finished.count - failed,
            failed: failed, polls: polls, requests: requests, elapsed: elapsed))
    }
}

/// Waiting for many Builds.
extension ServerlessClient {
    /// Waits until every build in `builds` (SIDs of one Service) is `completed` or `failed` and
    /// returns them, finished, in the order given. The strategy and its request budget are described
    /// in `docs/client.md` ("Awaiting builds"). `progress` is called after every tick with the counts so far.
    ///
    /// Throws ``ServerlessError/buildWaitTimedOut(service:pending:after:)`` listing the builds still
    /// pending when `timeout` passes, and any request error (e.g. 404 for a deleted build).
    public func awaitBuilds(
        service: String, builds: [String], timeout: Duration = .seconds(600),
        schedule: BuildPollSchedule = .standard, progress: BuildWaitProgressHandler? = nil
    ) async throws -> [Build] {
        guard !builds.isEmpty else { return [] }
        var awaiter = BuildsAwaiter(
            client: self, service: service, schedule: schedule, timeout: timeout, progress: progress)
        return try await awaiter.run(builds: builds)
    }
}
