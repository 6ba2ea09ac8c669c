import Hummingbird
import NIOCore

/// A deadline on reading each request: a client that sends a head and then its body slowly, or
/// never, has its connection closed once `timeout` has passed since the head arrived, which ends
/// the handler waiting for the body and gives back the account's concurrency slot it held.
///
/// A connection that is silent for `timeout` while a head or body is incomplete is closed by the
/// HTTP/1 channel's idle timeout (set to the same value where the server starts); this middleware
/// covers the client that keeps sending a byte now and then. The deadline ends when the handler
/// returns: the sandbox answers every request quickly once its body is read.
struct RequestReadDeadline: RouterMiddleware {
    typealias Context = SandboxRequestContext

    let timeout: Duration

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let channel = context.channel
        let watchdog = channel.eventLoop.scheduleTask(in: Self.timeAmount(timeout)) {
            channel.close(promise: nil)
        }
        defer { watchdog.cancel() }
        return try await next(request, context)
    }

    /// The deadline as NIO's time amount (NIO's own conversion), at least a millisecond.
    static func timeAmount(_ duration: Duration) -> TimeAmount {
        TimeAmount(max(duration, .milliseconds(1)))
    }
}
