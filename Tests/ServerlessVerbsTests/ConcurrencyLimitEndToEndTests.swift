import BuildScript
import ServerlessClient
import ServerlessSandbox
import TestSupport
import Testing

@testable import ServerlessVerbs

/// The client's retry rules against the sandbox's real per-account concurrency limit: a `parallel 32`
/// loop against a limit of 5 meets 429 / 20429 and still does every item exactly once.
@Suite(.timeLimit(.minutes(3)))
struct ConcurrencyLimitEndToEndTests {
    @Test func parallel32AgainstALimitOf5DoesEveryItemExactlyOnce() async throws {
        try await ScriptHarness.run(buildTime: .zero, sandboxConcurrency: 5, clientConcurrency: 32) { harness in
            try await run(interpreter: harness.interpreter, server: harness.server, client: harness.client,
                          stderr: harness.stderr)
        }
    }

    func run(interpreter: Interpreter, server: SandboxServer, client: ServerlessClient, stderr: Recorder<String>) async throws {
        let prelude = "let svc = create service unique_name=limits friendly_name=Limits; let env = create environment service=$svc unique_name=dev"
        guard case .success = await interpreter.evaluate(prelude, file: "prelude.bsh") else {
            Issue.record("prelude failed: \(stderr.text)")
            return
        }
        // A repeated create would meet 409 (the key exists), so "0 failed" also means "no duplicates".
        let items = (1...32).map(String.init).joined(separator: ", ")
        let loop = "foreach n in [\(items)] parallel 32 { create variable service=$svc environment=$env key=\"K${n}\" value=\"v${n}\" }"
        let outcome = await interpreter.evaluate(loop, file: "loop.bsh")
        guard case .success = outcome else {
            Issue.record("the loop failed: \(stderr.text)")
            return
        }
        let posts = server.requestCount(method: "POST", pathContains: "/Variables")
        #expect(posts > 32, "the limit was met: some creates were refused with 429 and retried")
        let service = try await client.fetchService(service: "limits")
        let environments = try await client.listEnvironments(service: service.sid).collect()
        let variables = try await client.listVariables(service: service.sid, environment: environments[0].sid).collect()
        #expect(variables.count == 32)
        #expect(Set(variables.map(\.key)) == Set((1...32).map { "K\($0)" }))
        #expect(stderr.text.contains("32 done · 0 failed"))
    }
}
