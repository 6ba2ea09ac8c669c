import Testing
@testable import ServerlessClient

/// The per-client limit on requests in flight.
@Suite struct ConcurrencyLimiterTests {
    @Test func neverMoreHoldersThanTheLimit() async throws {
        let limiter = ConcurrencyLimiter(limit: 3)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<20 {
                group.addTask { try await limiter.withPermit { try await Task.sleep(for: .milliseconds(20)) } }
            }
            try await group.waitForAll()
        }
        #expect(await limiter.peakInUse == 3)
    }

    @Test func aCancelledWaiterLeavesTheQueueAtOnce() async throws {
        let limiter = ConcurrencyLimiter(limit: 1)
        let holder = Task { try await limiter.withPermit { try await Task.sleep(for: .seconds(60)) } }
        try await Task.sleep(for: .milliseconds(100))
        let waiter = Task { try await limiter.withPermit { "ran" } }
        try await Task.sleep(for: .milliseconds(100))
        let clock = ContinuousClock()
        let start = clock.now
        waiter.cancel()
        let result = await waiter.result
        #expect(start.duration(to: clock.now) < .seconds(2))
        #expect(throws: CancellationError.self) { try result.get() }
        holder.cancel()
        _ = await holder.result
        // The permit is free again for the next caller.
        #expect(try await limiter.withPermit { "free" } == "free")
    }
}
