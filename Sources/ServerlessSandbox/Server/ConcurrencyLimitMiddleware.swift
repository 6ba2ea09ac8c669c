import Hummingbird
import Synchronization

/// The requests of each account in flight, and the most one account may have.
final class AccountConcurrency: Sendable {
    /// The most requests of one account in flight at once; 0 means no limit.
    let limit: Int
    private let inFlight = Mutex<[String: Int]>([:])

    init(limit: Int) {
        self.limit = max(0, limit)
    }

    /// Takes a slot for this account; nil when it would exceed the limit, else the count in flight
    /// with this request.
    func enter(_ account: String) -> Int? {
        inFlight.withLock { counts in
            let current = counts[account] ?? 0
            guard limit == 0 || current < limit else { return nil }
            counts[account] = current + 1
            return current + 1
        }
    }

    /// Gives a slot back.
    func leave(_ account: String) {
        inFlight.withLock { counts in
            let remaining = (counts[account] ?? 1) - 1
            counts[account] = remaining > 0 ? remaining : nil
        }
    }
}

/// Twilio's per-account concurrency limit: while `limit` requests of an account are in flight, the
/// next one is answered 429 / 20429 with `Twilio-Concurrent-Requests`, unprocessed. Control routes
/// are not limited.
struct ConcurrencyLimitMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext

    let concurrency: AccountConcurrency

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard concurrency.limit > 0, !request.isControlRequest, let account = context.account?.sid else {
            return try await next(request, context)
        }
        guard concurrency.enter(account) != nil else {
            throw SandboxAPIError.concurrencyLimit(inFlight: concurrency.limit)
        }
        defer { concurrency.leave(account) }
        return try await next(request, context)
    }
}
