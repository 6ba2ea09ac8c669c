import ArgumentParser
import Foundation
import ServerlessSandbox

/// `buildsh sandbox serve`: runs the sandbox until SIGINT or SIGTERM, then shuts it down cleanly.
struct SandboxServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve Twilio's Serverless v1 API locally, backed by SQLite.",
        discussion: "Prints the URL it listens on and the accounts it accepts. Without --account it creates one account on first start, stores it, and prints its SID and token once."
    )

    @Option(help: "The TCP port to listen on (0 picks a free one).")
    var port = 3030

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The SQLite file to keep data in (default ~/.local/share/buildsh/sandbox.sqlite).")
    var data: String?

    @Flag(help: "Keep data in memory only; it is gone when the sandbox stops.")
    var inMemory = false

    @Option(name: .customLong("account"), help: ArgumentHelp("An account to accept, as ACxxx:TOKEN (repeatable).", valueName: "sid:token"))
    var accounts: [String] = []

    @Option(help: "How long a build stays `building`, e.g. 300ms, 1.5s, 0s.")
    var buildTime = "1.5s"

    @Option(help: "Make generated SIDs deterministic.")
    var seed: UInt64?

    @Option(name: .customLong("api-key"), help: ArgumentHelp("An API key to accept, as SKxxx:SECRET for the first account or ACxxx:SKxxx:SECRET (repeatable).", valueName: "key"))
    var apiKeys: [String] = []

    @Option(help: "The most requests of one account in flight at once; more get 429 / 20429 (0 = no limit).")
    var maxConcurrent = SandboxConfiguration.defaultMaxConcurrentRequests

    @Option(help: ArgumentHelp("How long a client may take to send a request's head and body before its connection is closed (e.g. 30s, 500ms).", valueName: "DURATION"))
    var readTimeout = "30s"

    func validate() throws {
        if inMemory && data != nil { throw ValidationError("--data and --in-memory cannot be used together.") }
        _ = try parsedAccounts()
        _ = try parsedBuildTime()
        _ = try parsedAPIKeys()
        if maxConcurrent < 0 { throw ValidationError("--max-concurrent expects a number of requests, 0 for no limit.") }
        if try parsedReadTimeout() <= .zero { throw ValidationError("--read-timeout expects a duration longer than 0s.") }
    }

    func run() async throws {
        let configuration = SandboxConfiguration(
            host: host, port: port,
            storage: inMemory ? .inMemory : .file(data ?? SandboxConfiguration.defaultDataPath),
            accounts: try parsedAccounts(), buildTime: try parsedBuildTime(), seed: seed,
            apiKeys: try parsedAPIKeys(), maxConcurrentRequests: maxConcurrent, requestReadTimeout: try parsedReadTimeout()
        )
        let signals = ShutdownSignals()
        let server = try await SandboxServer.start(configuration)
        SandboxBanner(server: server, storage: configuration.storage).print()
        let received = await signals.next()
        try await server.shutdown()
        SandboxBanner.write("buildsh sandbox: stopped (\(received))")
    }

    private func parsedAccounts() throws -> [SandboxAccount] {
        try accounts.map { text in
            let parts = text.split(separator: ":", maxSplits: 1)
            let sid = parts.first.map(String.init) ?? ""
            guard parts.count == 2, !parts[1].isEmpty, Self.isAccountSid(sid) else {
                throw ValidationError("--account expects ACxxx:TOKEN, where ACxxx is AC followed by 32 hex digits.")
            }
            return SandboxAccount(sid: sid, authToken: String(parts[1]))
        }
    }

    private func parsedAPIKeys() throws -> [SandboxAPIKey] {
        try apiKeys.map { text in
            let named = text.hasPrefix("AC")
            var parts = text.split(separator: ":", maxSplits: named ? 2 : 1, omittingEmptySubsequences: false).map(String.init)
            let account = named && parts.count == 3 ? parts.removeFirst() : nil
            guard parts.count == 2, SandboxAPIKey.isKeySid(parts[0]), !parts[1].isEmpty,
                  account.map(Self.isAccountSid) ?? true
            else {
                throw ValidationError("--api-key expects SKxxx:SECRET or ACxxx:SKxxx:SECRET, where SKxxx is SK followed by 32 hex digits.")
            }
            return SandboxAPIKey(sid: parts[0], secret: parts[1], accountSid: account)
        }
    }

    private func parsedReadTimeout() throws -> Duration {
        try DurationFlag.parse(readTimeout, flag: "--read-timeout")
    }

    private func parsedBuildTime() throws -> Duration {
        try DurationFlag.parse(buildTime, flag: "--build-time")
    }

    static func isAccountSid(_ text: String) -> Bool {
        text.count == 34 && text.hasPrefix("AC") && text.dropFirst(2).allSatisfy(\.isHexDigit)
    }
}
