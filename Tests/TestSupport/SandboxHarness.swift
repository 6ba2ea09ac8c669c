import Foundation
import ServerlessClient
import ServerlessSandbox

/// A real sandbox on loopback (in memory, one account) and a client configured for it, torn down
/// after the test body, also when it throws: the one set-up every suite that talks HTTP shares.
public enum SandboxHarness {
    /// The sandbox account every suite uses.
    public static let accountSid = "AC" + String(repeating: "c1", count: 16)
    /// Its secret (tests check it never reaches output).
    public static let authToken = "sandbox-token-5ecret-9f8e7d6c5b4a3210"

    /// A fast retry policy so retry tests take seconds, not minutes.
    public static let quickRetries = RetryPolicy(
        maxAttempts: 4, maxTotalTime: .seconds(30), baseDelay: .milliseconds(50), maxDelay: .milliseconds(200))

    /// A client configuration for `server`'s account.
    public static func configuration(
        for server: SandboxServer, retryPolicy: RetryPolicy = quickRetries, maxConcurrentRequests: Int = 10,
        requestTimeout: Duration = .seconds(30), observer: ExchangeObserver? = nil
    ) -> ServerlessClient.Configuration {
        var configuration = ServerlessClient.Configuration(
            credentials: .authToken(accountSid: accountSid, authToken: authToken),
            endpoints: Endpoints(apiBaseURL: server.baseURL.absoluteString, uploadBaseURL: server.baseURL.absoluteString))
        configuration.retryPolicy = retryPolicy
        configuration.maxConcurrentRequests = maxConcurrentRequests
        configuration.requestTimeout = requestTimeout
        configuration.observer = observer
        return configuration
    }

    /// Runs `body` with a fresh in-memory sandbox (adjusted by `sandbox`) and a client for it.
    public static func run(
        buildTime: Duration = .milliseconds(200), retryPolicy: RetryPolicy = quickRetries,
        maxConcurrentRequests: Int = 10, requestTimeout: Duration = .seconds(30),
        observer: ExchangeObserver? = nil, sandbox: (inout SandboxConfiguration) -> Void = { _ in },
        _ body: (SandboxServer, ServerlessClient) async throws -> Void
    ) async throws {
        var configuration = SandboxConfiguration(
            storage: .inMemory, accounts: [SandboxAccount(sid: accountSid, authToken: authToken)], buildTime: buildTime)
        sandbox(&configuration)
        let server = try await SandboxServer.start(configuration)
        let client = ServerlessClient(configuration: Self.configuration(
            for: server, retryPolicy: retryPolicy, maxConcurrentRequests: maxConcurrentRequests,
            requestTimeout: requestTimeout, observer: observer))
        do {
            try await body(server, client)
        } catch {
            try? await client.shutdown()
            try? await server.shutdown()
            throw error
        }
        try await client.shutdown()
        try await server.shutdown()
    }
}
