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
    /// The configuration the client was made with.
    public let configuration: Configuration
    let transport: HTTPTransport

    /// Makes a client. Call ``shutdown()`` before the last reference goes away.
    public init(configuration: Configuration) {
        self.configuration = configuration
        transport = HTTPTransport(configuration: configuration)
    }

    /// Closes the connections. The client must not be used afterwards.
    public func shutdown() async throws {
        try await transport.shutdown()
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
    public var description: String { "ServerlessClient(\(configuration))" }
}
