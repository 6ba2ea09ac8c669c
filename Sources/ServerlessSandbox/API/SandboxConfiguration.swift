import Foundation

/// Where the sandbox keeps its data.
public enum SandboxStorage: Sendable, Equatable {
    /// A private in-memory database that disappears at shutdown.
    case inMemory
    /// A SQLite file (WAL mode) at this path; parent folders are created when missing.
    case file(String)
}

/// Everything needed to start a `SandboxServer`.
public struct SandboxConfiguration: Sendable {
    /// The address to listen on.
    public var host = "127.0.0.1"
    /// The TCP port; 0 picks a free ephemeral port.
    public var port = 0
    /// Where data is stored.
    public var storage: SandboxStorage = .inMemory
    /// The accounts accepted. Empty: reuse the stored account, or create and store one on first start.
    public var accounts: [SandboxAccount] = []
    /// How long a new build stays `building` before it completes or fails.
    public var buildTime: Duration = .milliseconds(1500)
    /// A seed that makes generated SIDs (and a generated account) deterministic.
    public var seed: UInt64? = nil
    /// API keys to accept (stored with the accounts, so a later start without them still accepts them).
    public var apiKeys: [SandboxAPIKey] = []
    /// The most requests of one account in flight at once, as Twilio limits them; more are answered
    /// 429 / 20429. 0 turns the limit off.
    public var maxConcurrentRequests = SandboxConfiguration.defaultMaxConcurrentRequests
    /// How long a client may take to send a request: a connection that sends nothing for this long
    /// while its request head or body is incomplete (or while idle between requests) is closed, and
    /// a request whose body is not all read this long after its head arrived is dropped with its
    /// connection, so a client that stalls or drips cannot keep one of the account's concurrency
    /// slots (or a connection) forever.
    public var requestReadTimeout: Duration = SandboxConfiguration.defaultRequestReadTimeout

    /// The default of `requestReadTimeout`: 30 seconds.
    public static let defaultRequestReadTimeout: Duration = .seconds(30)

    /// The default of `maxConcurrentRequests`: 100, Twilio's default per-account concurrency.
    public static let defaultMaxConcurrentRequests = 100

    /// Makes a configuration; every argument has the default described on its property.
    public init(
        host: String = "127.0.0.1",
        port: Int = 0,
        storage: SandboxStorage = .inMemory,
        accounts: [SandboxAccount] = [],
        buildTime: Duration = .milliseconds(1500),
        seed: UInt64? = nil,
        apiKeys: [SandboxAPIKey] = [],
        maxConcurrentRequests: Int = SandboxConfiguration.defaultMaxConcurrentRequests,
        requestReadTimeout: Duration = SandboxConfiguration.defaultRequestReadTimeout
    ) {
        self.host = host
        self.port = port
        self.storage = storage
        self.accounts = accounts
        self.buildTime = buildTime
        self.seed = seed
        self.apiKeys = apiKeys
        self.maxConcurrentRequests = maxConcurrentRequests
        self.requestReadTimeout = requestReadTimeout
    }

    /// The default data file: `~/.local/share/buildsh/sandbox.sqlite` (honours `XDG_DATA_HOME`).
    public static var defaultDataPath: String {
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return xdg + "/buildsh/sandbox.sqlite"
        }
        let home = environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
        return home + "/.local/share/buildsh/sandbox.sqlite"
    }
}
