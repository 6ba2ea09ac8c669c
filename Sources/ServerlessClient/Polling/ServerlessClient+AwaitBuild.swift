/// Waiting for one Build.
extension ServerlessClient {
    /// Polls `…/Builds/{build}/Status` on `schedule` until the build is `completed` or `failed`,
    /// then fetches and returns the whole build — a failed build is returned, not thrown.
    ///
    /// Requests: one status poll per tick of the schedule plus one final fetch. When `timeout`
    /// passes first, polling stops (after one last poll at the deadline) and
    /// ``ServerlessError/buildWaitTimedOut(service:pending:after:)`` is thrown. Cancelling the task
    /// stops the wait at once.
    public func awaitBuild(
        service: String, build: String, timeout: Duration = .seconds(300),
        schedule: BuildPollSchedule = .standard, progress: BuildWaitProgressHandler? = nil
    ) async throws -> Build {
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = start + timeout
        var poll = 0
        while true {
            let status = try await fetchBuildStatus(service: service, build: build).status
            poll += 1
            if let status, status.isFinished {
                progress?(BuildWaitProgress(
                    total: 1, pending: 0, completed: status == .completed ? 1 : 0, failed: status == .failed ? 1 : 0,
                    polls: poll, requests: poll + 1, elapsed: start.duration(to: clock.now)))
                return try await fetchBuild(service: service, build: build)
            }
            progress?(BuildWaitProgress(
                total: 1, pending: 1, completed: 0, failed: 0, polls: poll, requests: poll,
                elapsed: start.duration(to: clock.now)))
            let now = clock.now
            guard now < deadline else {
                throw ServerlessError.buildWaitTimedOut(service: service, pending: [build], after: timeout)
            }
            try await Task.sleep(for: min(schedule.interval(afterPoll: poll - 1), now.duration(to: deadline)))
        }
    }
}
