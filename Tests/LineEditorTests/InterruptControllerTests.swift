import Synchronization
import Testing

@testable import LineEditor

@Suite(.serialized) struct InterruptControllerTests {
    @Test func anOperationThatFinishesReportsItsResult() async {
        let controller = InterruptController()
        let outcome = await controller.run { 42 }
        guard case .completed(.success(let value)) = outcome else {
            Issue.record("expected completion, got \(outcome)")
            return
        }
        #expect(value == 42)
    }

    @Test func ctrlCCancelsARunningOperation() async {
        let controller = InterruptController()
        let started = AsyncStream<Void>.makeStream()
        async let outcome = controller.run {
            started.continuation.yield()
            try await Task.sleep(for: .seconds(60))
            return 1
        }
        for await _ in started.stream { break }
        controller.interrupt()
        guard case .interrupted = await outcome else {
            Issue.record("expected the operation to be interrupted")
            return
        }
    }

    @Test func anOperationIgnoringCancellationIsAbandonedAfterTheGrace() async {
        let controller = InterruptController(grace: .milliseconds(200))
        let started = AsyncStream<Void>.makeStream()
        let clock = ContinuousClock()
        async let outcome = controller.run {
            started.continuation.yield()
            let end = clock.now + .seconds(30)
            while clock.now < end {
                try? await Task.sleep(for: .milliseconds(20))
            }
            return 1
        }
        for await _ in started.stream { break }
        let interruptedAt = clock.now
        controller.interrupt()
        guard case .interrupted = await outcome else {
            Issue.record("expected the operation to be abandoned")
            return
        }
        #expect(clock.now - interruptedAt < .seconds(15))
    }

    @Test func ctrlCWithNothingRunningCallsTheIdleHandler() async {
        let controller = InterruptController()
        let calls = AsyncStream<Void>.makeStream()
        controller.setIdleHandler {
            calls.continuation.yield()
            return true
        }
        controller.interrupt()
        var count = 0
        for await _ in calls.stream {
            count += 1
            break
        }
        #expect(count == 1)
    }
}

@Suite(.serialized) struct PendingInterruptTests {
    @Test func anInterruptTheIdleHandlerDeclinesStopsTheNextOperationBeforeItStarts() async {
        let controller = InterruptController()
        controller.setIdleHandler { false }
        controller.interrupt()
        let ran = Mutex(false)
        let outcome = await controller.run { ran.withLock { $0 = true } }
        guard case .interrupted = outcome else {
            Issue.record("expected the operation not to run")
            return
        }
        #expect(ran.withLock { $0 } == false)
    }

    @Test func aDiscardedInterruptDoesNotStopTheNextOperation() async {
        let controller = InterruptController()
        controller.setIdleHandler { false }
        controller.interrupt()
        controller.discardPendingInterrupt()
        guard case .completed = await controller.run({ 1 }) else {
            Issue.record("expected the operation to run")
            return
        }
    }
}
