import Foundation
import ServerlessSandbox
import TestSupport
import Testing
@testable import ServerlessClient

/// Cancelling the task stops paging, polling and retry waits promptly.
@Suite(.serialized) struct CancellationIntegrationTests {
    /// Starts `operation`, cancels it after `after`, and returns how long the cancellation took
    /// and whether it ended with `CancellationError`.
    static func cancel(
        after delay: Duration, _ operation: @escaping @Sendable () async throws -> Void
    ) async -> (Duration, Bool) {
        let task = Task { try await operation() }
        try? await Task.sleep(for: delay)
        let clock = ContinuousClock()
        let start = clock.now
        task.cancel()
        let result = await task.result
        let cancelled: Bool
        if case .failure(let error) = result { cancelled = error is CancellationError } else { cancelled = false }
        return (start.duration(to: clock.now), cancelled)
    }

    static let slowRetries = RetryPolicy(
        maxAttempts: 5, maxTotalTime: .seconds(300), baseDelay: .seconds(1), maxDelay: .seconds(60))

    @Test func cancellingDuringARetryWaitStopsAtOnce() async throws {
        try await SandboxHarness.run(retryPolicy: Self.slowRetries) { server, client in
            let setup = try await SandboxHarness.makeBuildableService(client)
            server.faults.inject(SandboxFault(method: "POST", pathContains: "/Builds", status: 429, code: 20429,
                                              retryAfter: 60, phase: .beforeHandling, times: 5))
            let (took, cancelled) = await Self.cancel(after: .milliseconds(500)) {
                _ = try await client.createBuild(service: setup.service.sid, functionVersions: [setup.version.sid])
            }
            #expect(cancelled)
            // Far below the 60 s Retry-After a missed cancellation would wait. Not tighter: in a full
            // parallel run every test shares two cooperative threads, and a starved run took 24 s here.
            #expect(took < .seconds(45))
            #expect(server.requestCount(method: "POST", pathContains: "/Builds") == 1)
        }
    }

    @Test func cancellingPagingStopsBetweenPages() async throws {
        try await SandboxHarness.run(retryPolicy: Self.slowRetries) { server, client in
            let setup = try await SandboxHarness.makeBuildableService(client)
            _ = try await SandboxHarness.makeBuilds(client, setup, count: 4)
            let service = setup.service.sid
            let (took, cancelled) = await Self.cancel(after: .milliseconds(500)) {
                var seen = 0
                for try await _ in client.listBuilds(service: service, pageSize: 2) {
                    seen += 1
                    if seen == 2 {
                        // The next page will be met by a long Retry-After.
                        server.faults.inject(SandboxFault(method: "GET", pathContains: "/Builds", status: 429,
                                                          retryAfter: 60, phase: .beforeHandling, times: 5))
                    }
                }
            }
            #expect(cancelled)
            // Far below the 60 s Retry-After a missed cancellation would wait. Not tighter: in a full
            // parallel run every test shares two cooperative threads, and a starved run took 24 s here.
            #expect(took < .seconds(45))
            server.faults.clear()
        }
    }

    @Test func cancellingAwaitBuildStopsPolling() async throws {
        try await SandboxHarness.run(buildTime: .seconds(120)) { server, client in
            let setup = try await SandboxHarness.makeBuildableService(client)
            let build = try await client.createBuild(service: setup.service.sid, functionVersions: [setup.version.sid])
            let (took, cancelled) = await Self.cancel(after: .seconds(1)) {
                _ = try await client.awaitBuild(service: setup.service.sid, build: build.sid)
            }
            #expect(cancelled)
            #expect(took < .seconds(45))  // long before the 120 s build ends (see above for why not tighter)
            let polls = server.requestCount(method: "GET", pathContains: "/Status")
            try await Task.sleep(for: .seconds(1))
            #expect(server.requestCount(method: "GET", pathContains: "/Status") == polls)
        }
    }

    @Test func retryWaitsDoNotHoldASlot() async throws {
        try await SandboxHarness.run(retryPolicy: Self.slowRetries, maxConcurrentRequests: 1) { server, client in
            let service = try await client.createService(uniqueName: "queue", friendlyName: "Queue").sid
            server.faults.inject(SandboxFault(method: "GET", pathContains: "/Environments", status: 429,
                                              retryAfter: 60, phase: .beforeHandling, times: 1))
            // The blocked request sleeps without holding the only permit, so others still run.
            let blocked = Task { try await client.listEnvironments(service: service).collect() }
            try await Task.sleep(for: .milliseconds(300))
            #expect(try await client.fetchService(service: service).sid == service)
            blocked.cancel()
            _ = await blocked.result
            #expect(try await client.fetchService(service: service).sid == service)
        }
    }
}
