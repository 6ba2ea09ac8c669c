import Foundation
import ServerlessClient
import ServerlessSandbox
import Synchronization

/// The sandbox `buildsh` runs in-process when it has no credentials. It starts on the first request
/// a command sends (a run that sends none, like `buildsh -c 'print 1'`, never opens its data file),
/// listens on a loopback port of its own, and stops when the run ends.
final class EmbeddedSandbox: Sendable {
    /// The SQLite file the sandbox keeps its data in.
    let path: String
    private let buildTime: Duration?
    private let server = Mutex<SandboxServer?>(nil)

    init(path: String, buildTime: Duration?) {
        self.path = path
        self.buildTime = buildTime
    }

    /// A client whose first request starts this sandbox; `adjust` applies the command line's
    /// settings to the client configuration made then.
    func client(adjust: @escaping @Sendable (inout ServerlessClient.Configuration) -> Void) -> ServerlessClient {
        ServerlessClient(startingOnFirstUse: { [self] in
            var configuration = try await start()
            adjust(&configuration)
            return configuration
        })
    }

    /// Starts the server and returns the configuration that reaches it with its account.
    private func start() async throws(ServerlessError) -> ServerlessClient.Configuration {
        let started: SandboxServer
        do {
            var configuration = SandboxConfiguration(storage: .file(path))
            if let buildTime { configuration.buildTime = buildTime }
            started = try await SandboxServer.start(configuration)
        } catch {
            throw .backendDidNotStart(reason: "cannot start the sandbox with data in \(path): \(Self.describe(error))"
                .trimmingCharacters(in: CharacterSet(charactersIn: ".")))
        }
        server.withLock { $0 = started }
        guard let account = started.accounts.first else {
            throw .backendDidNotStart(reason: "the sandbox in \(path) has no account")
        }
        // Never fall back to Twilio's hosts: the sandbox's credentials go to the sandbox or nowhere.
        guard let endpoints = Endpoints.single(started.baseURL.absoluteString) else {
            throw .backendDidNotStart(
                reason: "the sandbox listens on \(started.baseURL.absoluteString), which is not a usable URL")
        }
        return ServerlessClient.Configuration(
            credentials: .authToken(accountSid: account.sid, authToken: account.authToken), endpoints: endpoints)
    }

    /// Stops the server if it was started.
    func shutdown() async {
        let started = server.withLock { server in
            defer { server = nil }
            return server
        }
        try? await started?.shutdown()
    }

    /// A file-system error as the system words it (`Not a directory`), never Foundation's
    /// `Error Domain=…` form.
    private static func describe(_ error: any Error) -> String {
        if let described = (error as? any LocalizedError)?.errorDescription { return described }
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain, let text = strerror(Int32(underlying.code)) {
            let file = (error as NSError).userInfo[NSFilePathErrorKey] as? String
            return String(cString: text) + (file.map { " (\($0))" } ?? "")
        }
        return error.localizedDescription.replacingOccurrences(of: "The operation could not be completed. ", with: "")
    }
}
