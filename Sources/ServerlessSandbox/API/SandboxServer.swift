import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// A running sandbox: Twilio's Serverless v1 API (and the version upload paths) on one local port.
public final class SandboxServer: Sendable {
    /// `http://HOST:PORT`; serves the API (`/v1/...`) and the upload paths both.
    public let baseURL: URL
    /// The accounts this server accepts.
    public let accounts: [SandboxAccount]
    /// The account this server created on first start (no accounts configured, none stored), if any:
    /// the only way a user learns its token.
    public let generatedAccount: SandboxAccount?
    /// The API keys this server accepts, each with the account it acts for.
    public let apiKeys: [SandboxAPIKey]
    /// Fault injection for retry and reliability tests.
    public let faults: SandboxFaults
    /// The configuration the server was started with (with the port actually bound).
    public let configuration: SandboxConfiguration

    private let requestLog: RequestLog
    private let serviceGroup: ServiceGroup
    private let running: Mutex<Task<Void, any Error>?>

    private init(
        baseURL: URL, setup: AccountSetup, faults: SandboxFaults, requestLog: RequestLog,
        configuration: SandboxConfiguration, serviceGroup: ServiceGroup, task: Task<Void, any Error>
    ) {
        self.baseURL = baseURL
        accounts = setup.accounts
        apiKeys = setup.apiKeys
        generatedAccount = setup.generated
        self.faults = faults
        self.requestLog = requestLog
        self.configuration = configuration
        self.serviceGroup = serviceGroup
        running = Mutex(task)
    }

    /// Opens the store, prepares the accounts and starts listening; returns once the port is bound.
    public static func start(_ configuration: SandboxConfiguration) async throws -> SandboxServer {
        let store = try SandboxStore.open(configuration.storage, seed: configuration.seed, buildTime: configuration.buildTime)
        try await store.write { db in try SandboxStore.settleBuilds(in: db) }
        let setup = try await store.prepareAccounts(configuration.accounts, apiKeys: configuration.apiKeys)
        let faults = SandboxFaults()
        let requestLog = RequestLog()
        let origin = OriginBox()
        let logger = Logger(label: "buildsh.sandbox", factory: { label in SandboxLogHandler(label: label) })

        let pageTokens = try await store.pageTokenSealer()
        let router = SandboxRouter.make(
            environment: RouteEnvironment(store: store, origin: origin, pageTokens: pageTokens), setup: setup,
            faults: faults, requestLog: requestLog,
            concurrency: AccountConcurrency(limit: configuration.maxConcurrentRequests),
            readTimeout: configuration.requestReadTimeout
        )
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router,
            server: .http1(configuration: .init(idleTimeout: RequestReadDeadline.timeAmount(configuration.requestReadTimeout))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            },
            logger: logger
        )
        let serviceGroup = ServiceGroup(configuration: .init(services: [app], logger: logger))
        let task = Task {
            defer { continuation.finish() }
            try await serviceGroup.run()
        }
        var port: Int?
        for await bound in ports { port = bound }
        guard let port, port > 0 else {
            try await task.value
            throw SandboxStartError.notListening(host: configuration.host, port: configuration.port)
        }
        let text = "http://\(Self.reachableHost(configuration.host)):\(port)"
        guard let baseURL = URL(string: text) else {
            await serviceGroup.triggerGracefulShutdown()
            throw SandboxStartError.notListening(host: configuration.host, port: port)
        }
        origin.set(text)
        var bound = configuration
        bound.port = port
        return SandboxServer(
            baseURL: baseURL, setup: setup, faults: faults, requestLog: requestLog, configuration: bound,
            serviceGroup: serviceGroup, task: task
        )
    }

    /// The host to put in URLs: a wildcard address is reached on loopback; IPv6 gets brackets.
    static func reachableHost(_ host: String) -> String {
        switch host {
        case "0.0.0.0": "127.0.0.1"
        case "::", "[::]": "[::1]"
        default: host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        }
    }

    /// How many authenticated API requests arrived with this method (any when nil), a path containing
    /// this text (any when nil), from this account (any when nil). Control routes under `/sandbox/`
    /// are not counted; only the last `requestLogCapacity` requests are kept.
    public func requestCount(method: String? = nil, pathContains: String? = nil, account: String? = nil) -> Int {
        requestLog.count(account: account, method: method, pathContains: pathContains)
    }

    /// How many requests were refused for missing or wrong credentials since start.
    public var unauthenticatedRequestCount: Int { requestLog.unauthenticatedCount }

    /// How many requests the request log keeps (a ring: older ones are dropped).
    public static let requestLogCapacity = RequestLog.capacity

    /// Stops accepting connections, lets requests in flight finish, and waits for the server to
    /// stop. Calling it again does nothing.
    public func shutdown() async throws {
        guard let task = running.withLock({ task in defer { task = nil }; return task }) else { return }
        await serviceGroup.triggerGracefulShutdown()
        try await task.value
    }
}

/// Why a sandbox did not start.
public enum SandboxStartError: Error, Equatable, Sendable {
    /// The server did not come up listening on this address.
    case notListening(host: String, port: Int)
}

/// The server's own origin, known only once the port is bound.
final class OriginBox: Sendable {
    private let value = Mutex("http://127.0.0.1")
    func set(_ origin: String) { value.withLock { $0 = origin } }
    var origin: String { value.withLock { $0 } }
}
