import Foundation

/// A client for the Twilio Serverless v1 API (or the local sandbox): every resource, lazy paging,
/// retries that never duplicate a POST, one limit on requests in flight, and build waiting.
///
/// One instance owns one HTTP connection pool; call ``shutdown()`` when done (or use
/// ``withClient(configuration:_:)``). All methods may be called concurrently from any task.
///
/// Resource path parameters take a SID, or a unique name where the API accepts one (a Service's
/// `unique_name`). Every method throws ``ServerlessError`` (or `CancellationError` when the task
/// is cancelled).
public final class ServerlessClient: Sendable, CustomStringConvertible {
    let startup: TransportStartup

    /// Makes a client. Nothing is set up until the first request (no event loop, no connection
    /// pool). Call ``shutdown()`` before the last reference goes away.
    public init(configuration: Configuration) {
        startup = TransportStartup(configuration: configuration)
    }

    /// Makes a client for a backend started on first use: `start` runs once, on the first request
    /// (concurrent first requests wait for the same start), and gives the configuration — hosts and
    /// credentials included — every request then uses. A `start` that throws fails that request
    /// with ``ServerlessError/backendDidNotStart(reason:)`` (its own ``ServerlessError`` as is), and
    /// the next request tries again. This is how `buildsh` starts its embedded sandbox only when a
    /// command first needs it.
    public init(startingOnFirstUse start: @escaping @Sendable () async throws -> Configuration) {
        startup = TransportStartup(start: start)
    }

    /// The configuration requests use: the one the client was made with, or, for a client that
    /// starts its backend on first use, the started backend's (nil until then).
    public var configuration: Configuration? {
        startup.configuration
    }

    /// Closes the connections (waiting for a start in progress). The client must not be used afterwards.
    public func shutdown() async throws {
        try await startup.shutdown()
    }

    /// Runs `body` with a new client and shuts the client down afterwards, also on error.
    public static func withClient<Result: Sendable>(
        configuration: Configuration, _ body: (ServerlessClient) async throws -> Result
    ) async throws -> Result {
        let client = ServerlessClient(configuration: configuration)
        let result: Result
        do {
            result = try await body(client)
        } catch {
            try? await client.shutdown()
            throw error
        }
        try await client.shutdown()
        return result
    }

    /// The account and hosts, never a secret.
    public var description: String {
        configuration.map { "ServerlessClient(\($0))" } ?? "ServerlessClient(not started)"
    }
}
