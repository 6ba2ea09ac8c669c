#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Synchronization

/// Turns Ctrl-C (SIGINT) into cancellation of the command that is running, instead of the end of
/// the process.
///
/// While `run` is executing an operation, SIGINT cancels that operation's Task. An operation that
/// does not finish within `grace` after being cancelled is abandoned, so the caller always gets
/// control back. With no operation running, SIGINT calls the idle handler (a REPL points it at
/// `LineEditor.interrupt()` to clear the prompt line). When the idle handler declines it (no line
/// was being read: the user pressed Ctrl-C just after Enter), the interrupt is kept and the next
/// `run` is interrupted before its operation starts, unless `discardPendingInterrupt` is called
/// first. With no idle handler at all, the process exits with status 130, as an uncaught SIGINT
/// would.
public final class InterruptController: Sendable {
    /// How an operation run under the controller ended.
    public enum Outcome<Value: Sendable>: Sendable {
        /// It ran to the end, returning or throwing.
        case completed(Result<Value, any Error>)
        /// Ctrl-C arrived while it ran; it was cancelled (and abandoned if it kept going).
        case interrupted
    }

    private struct State {
        var cancelCurrent: (@Sendable () -> Void)?
        var idleHandler: (@Sendable () -> Bool)?
        var pendingInterrupt = false
    }

    private let state = Mutex(State())
    private let grace: Duration
    nonisolated(unsafe) private let source: DispatchSourceSignal

    /// Takes over SIGINT for the life of the controller. `grace` is how long a cancelled operation
    /// may take to wind down before it is abandoned.
    public init(grace: Duration = .seconds(2)) {
        self.grace = grace
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [weak self] in
            self?.interrupt()
        }
        source.resume()
    }

    deinit {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }

    /// Sets what Ctrl-C does while no operation runs (nil: exit with status 130). The handler
    /// returns whether it dealt with the interrupt; if not, the next `run` is interrupted.
    public func setIdleHandler(_ handler: (@Sendable () -> Bool)?) {
        state.withLock { $0.idleHandler = handler }
    }

    /// Forgets an interrupt no one has acted on yet (call before reading the next command).
    public func discardPendingInterrupt() {
        state.withLock { $0.pendingInterrupt = false }
    }

    /// Handles a Ctrl-C; the SIGINT source calls it, and tests may too.
    public func interrupt() {
        let cancel: (@Sendable () -> Void)? = state.withLock { state in
            if let cancel = state.cancelCurrent { return cancel }
            guard let idle = state.idleHandler else { exit(130) }
            if !idle() { state.pendingInterrupt = true }
            return nil
        }
        cancel?()
    }

    /// Runs `operation` in a Task of its own that Ctrl-C cancels.
    public func run<Value: Sendable>(
        _ operation: @escaping @Sendable () async throws -> Value
    ) async -> Outcome<Value> {
        let finish = OutcomeLatch<Value>()
        let grace = self.grace
        let started: Bool = state.withLock { state in
            if state.pendingInterrupt {
                state.pendingInterrupt = false
                return false
            }
            let task = Task {
                let result: Result<Value, any Error>
                do {
                    result = .success(try await operation())
                } catch {
                    result = .failure(error)
                }
                finish.deliver(finish.wasInterrupted ? .interrupted : .completed(result))
            }
            state.cancelCurrent = {
                if finish.markInterrupted() {
                    task.cancel()
                    Task {
                        try? await Task.sleep(for: grace)
                        finish.deliver(.interrupted)
                    }
                } else {
                    // A second Ctrl-C: stop waiting for the operation to wind down.
                    finish.deliver(.interrupted)
                }
            }
            return true
        }
        guard started else { return .interrupted }
        let outcome = await finish.wait()
        state.withLock { $0.cancelCurrent = nil }
        return outcome
    }
}

/// Hands one outcome to one waiter, whichever of the operation, the grace timer or a second
/// Ctrl-C gets there first.
private final class OutcomeLatch<Value: Sendable>: Sendable {
    private struct State {
        var outcome: InterruptController.Outcome<Value>?
        var delivered = false
        var waiter: CheckedContinuation<InterruptController.Outcome<Value>, Never>?
        var interrupted = false
    }

    private let state = Mutex(State())

    var wasInterrupted: Bool { state.withLock { $0.interrupted } }

    /// Records the interrupt; false when one was already recorded.
    func markInterrupted() -> Bool {
        state.withLock { state in
            defer { state.interrupted = true }
            return !state.interrupted
        }
    }

    func deliver(_ outcome: InterruptController.Outcome<Value>) {
        let waiter: CheckedContinuation<InterruptController.Outcome<Value>, Never>? = state.withLock { state in
            guard !state.delivered else { return nil }
            state.delivered = true
            state.outcome = outcome
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(returning: outcome)
    }

    func wait() async -> InterruptController.Outcome<Value> {
        await withCheckedContinuation { continuation in
            let ready: InterruptController.Outcome<Value>? = state.withLock { state in
                if let outcome = state.outcome { return outcome }
                state.waiter = continuation
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }
}
