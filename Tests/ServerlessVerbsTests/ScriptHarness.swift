import BuildScript
import Foundation
import ServerlessClient
import ServerlessSandbox
import ServerlessVerbs
import Synchronization
import TestSupport

/// A real sandbox on loopback, a client for it, and an interpreter with the Serverless verbs
/// installed through ``StandardVerbHost``; stdout and stderr are captured.
struct ScriptHarness: Sendable {
    let server: SandboxServer
    let client: ServerlessClient
    let interpreter: Interpreter
    let session: VerbSession
    let stdout = Recorder<String>()
    let stderr = Recorder<String>()

    /// Runs `body` with a fresh in-memory sandbox and an interpreter whose verbs talk to it.
    /// `sandboxConcurrency` is the sandbox's per-account limit on requests in flight (its default
    /// when nil), `clientConcurrency` the client's; `observer` sees every exchange of the client.
    static func run(
        buildTime: Duration = .milliseconds(200), options: VerbOptions = VerbOptions(), dryRun: Bool = false,
        sandboxConcurrency: Int? = nil, clientConcurrency: Int = 10, observer: ExchangeObserver? = nil,
        _ body: (ScriptHarness) async throws -> Void
    ) async throws {
        try await SandboxHarness.run(
            buildTime: buildTime, retryPolicy: .standard, maxConcurrentRequests: clientConcurrency, requestTimeout: .seconds(120),
            observer: observer, sandbox: { if let sandboxConcurrency { $0.maxConcurrentRequests = sandboxConcurrency } }
        ) { server, client in
            try await body(ScriptHarness(server: server, client: client, options: options, dryRun: dryRun))
        }
    }

    private init(server: SandboxServer, client: ServerlessClient, options: VerbOptions, dryRun: Bool) {
        self.server = server
        self.client = client
        let stdout = stdout
        let stderr = stderr
        var options = options
        options.stderr = { stderr.append($0) }
        let host = StandardVerbHost(write: { stdout.append($0) })
        interpreter = Interpreter(host: host, options: InterpreterOptions(dryRun: dryRun))
        session = ServerlessVerbs.install(into: interpreter, client: client, options: options)
        host.attach(session)
    }

    /// Runs a script and returns what it printed; a script error fails with its message.
    @discardableResult
    func run(_ source: String) async throws -> String {
        stdout.clear()
        switch await interpreter.evaluate(source, file: "test.bsh") {
        case .success: return stdout.text
        case .failure(let error): throw ScriptFailure(message: error.message, code: error.code)
        case .syntaxErrors(let diagnostics): throw ScriptFailure(message: diagnostics.map(\.message).joined(separator: "; "), code: nil)
        case .exit(let code): throw ScriptFailure(message: "exit \(code)", code: nil)
        case .cancelled: throw ScriptFailure(message: "cancelled", code: nil)
        }
    }

    /// Runs a script that must fail and returns its error.
    func failure(_ source: String) async -> ScriptFailure? {
        do {
            try await run(source)
            return nil
        } catch let failure as ScriptFailure {
            return failure
        } catch {
            return ScriptFailure(message: "\(error)", code: nil)
        }
    }

    /// A global variable's value after a script ran.
    func variable(_ name: String) -> Value { interpreter.variable(name) ?? .null }

    /// Creates a service `name` with a function `hello` and one version of it, as `$svc`, `$fn`, `$v1`.
    func makeBuildableService(_ name: String = "demo") async throws {
        try await run(
            """
            let svc = create service unique_name=\(name) friendly_name="Demo \(name)"
            let fn = create function service=$svc friendly_name=hello
            let v1 = create function version $fn path=/hello visibility=public content="exports.handler = (c, e, cb) => cb(null, 'hi');"
            """)
    }
}

/// A script that stopped with an error.
struct ScriptFailure: Error, Equatable {
    let message: String
    let code: Int?
}
