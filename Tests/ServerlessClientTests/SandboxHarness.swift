import Foundation
import Synchronization
import ServerlessSandbox
import Testing
@testable import ServerlessClient

/// Starts a real sandbox on loopback and a client configured for it, and tears both down.
enum SandboxHarness {
    static let accountSid = "AC" + String(repeating: "c1", count: 16)
    static let authToken = "sandbox-token-5ecret-9f8e7d6c5b4a3210"

    /// A fast retry policy so retry tests take seconds, not minutes.
    static let quickRetries = RetryPolicy(
        maxAttempts: 4, maxTotalTime: .seconds(30), baseDelay: .milliseconds(50), maxDelay: .milliseconds(200))

    static func configuration(
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

    /// Runs `body` with a fresh in-memory sandbox and a client for it.
    static func run(
        buildTime: Duration = .milliseconds(200), retryPolicy: RetryPolicy = quickRetries,
        maxConcurrentRequests: Int = 10, requestTimeout: Duration = .seconds(30),
        observer: ExchangeObserver? = nil,
        _ body: (SandboxServer, ServerlessClient) async throws -> Void
    ) async throws {
        let server = try await SandboxServer.start(SandboxConfiguration(
            storage: .inMemory, accounts: [SandboxAccount(sid: accountSid, authToken: authToken)],
            buildTime: buildTime))
        let client = ServerlessClient(configuration: configuration(
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

    /// A service with one function and one uploaded version, ready to build.
    struct BuildableService {
        var service: Service
        var function: Function
        var version: FunctionVersion
    }

    static func makeBuildableService(_ client: ServerlessClient, name: String = "demo") async throws -> BuildableService {
        let service = try await client.createService(uniqueName: name, friendlyName: "Demo \(name)")
        let function = try await client.createFunction(service: service.sid, friendlyName: "hello")
        let version = try await client.createFunctionVersion(
            service: service.sid, function: function.sid, path: "/hello", visibility: .public,
            content: Data("exports.handler = (context, event, callback) => callback(null, 'hi');".utf8))
        return BuildableService(service: service, function: function, version: version)
    }

    /// Creates `count` builds of the service's version, `parallel` at a time.
    static func makeBuilds(_ client: ServerlessClient, _ setup: BuildableService, count: Int) async throws -> [Build] {
        try await withThrowingTaskGroup(of: (Int, Build).self) { group in
            for index in 0..<count {
                group.addTask {
                    (index, try await client.createBuild(service: setup.service.sid, functionVersions: [setup.version.sid]))
                }
            }
            var builds: [(Int, Build)] = []
            for try await pair in group { builds.append(pair) }
            return builds.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }
}

/// Collects values from concurrent callbacks.
final class Recorder<Value: Sendable>: Sendable {
    private let storage = Mutex<[Value]>([])

    func append(_ value: Value) { storage.withLock { $0.append(value) } }
    var values: [Value] { storage.withLock { $0 } }
}
