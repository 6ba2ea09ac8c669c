import Foundation
import ServerlessSandbox
import TestSupport
import Testing
@testable import ServerlessClient

/// Retries against injected faults: what is retried, what never is.
@Suite(.serialized) struct RetryIntegrationTests {
    @Test func createBuildRetriesThrough429sHonouringRetryAfter() async throws {
        let retries = Recorder<Duration>()
        // The quick policy with room in time: on a starved machine (a full parallel run beside two
        // builds) the first two attempts once took more than its 30 s, and the client rightly stopped.
        let patient = RetryPolicy(
            maxAttempts: 4, maxTotalTime: .seconds(600), baseDelay: .milliseconds(50), maxDelay: .milliseconds(200))
        try await SandboxHarness.run(retryPolicy: patient, observer: { event in
            if case .retryScheduled(let delay, _) = event.phase { retries.append(delay) }
        }) { server, client in
            let setup = try await SandboxHarness.makeBuildableService(client)
            server.faults.inject(SandboxFault(method: "POST", pathContains: "/Builds", status: 429, code: 20429,
                                              retryAfter: 1, phase: .beforeHandling, times: 2))
            let clock = ContinuousClock()
            let start = clock.now
            let build = try await client.createBuild(service: setup.service.sid, functionVersions: [setup.version.sid])
            #expect(start.duration(to: clock.now) >= .seconds(2))
            #expect(build.sid.hasPrefix("ZB"))
            #expect(server.requestCount(method: "POST", pathContains: "/Builds") == 3)
            #expect(try await client.listBuilds(service: setup.service.sid).collect().count == 1)
            #expect(retries.values.count == 2)
            #expect(retries.values.allSatisfy { $0 >= .seconds(1) })
        }
    }

    @Test func persistent429StopsAtMaxAttemptsWithTheAPIError() async throws {
        try await SandboxHarness.run { server, client in
            let service = try await client.createService(uniqueName: "busy", friendlyName: "Busy").sid
            server.faults.inject(SandboxFault(method: "GET", pathContains: "/Environments", status: 429, code: 20429,
                                              phase: .beforeHandling, times: 100))
            let error = await #expect(throws: ServerlessError.self) {
                try await client.listEnvironments(service: service).collect()
            }
            #expect(error?.code == 20429)
            #expect(error?.request?.attempts == SandboxHarness.quickRetries.maxAttempts)
            #expect(server.requestCount(method: "GET", pathContains: "/Environments")
                == SandboxHarness.quickRetries.maxAttempts)
        }
    }

    @Test(arguments: [SandboxFault.Phase.afterHandling, .dropConnection])
    func createBuildIsNeverRetriedOnceProcessed(phase: SandboxFault.Phase) async throws {
        try await SandboxHarness.run { server, client in
            let setup = try await SandboxHarness.makeBuildableService(client)
            server.faults.inject(SandboxFault(method: "POST", pathContains: "/Builds", status: 500, phase: phase, times: 1))
            let error = await #expect(throws: ServerlessError.self) {
                try await client.createBuild(service: setup.service.sid, functionVersions: [setup.version.sid])
            }
            guard case .outcomeUnknown(let request, _) = error else {
                Issue.record("expected outcome unknown, got \(String(describing: error))")
                return
            }
            #expect(request.method == "POST")
            #expect(request.attempts == 1)
            #expect(error.map { "\($0)".contains("list the builds") } == true)
            #expect(server.requestCount(method: "POST", pathContains: "/Builds") == 1)
            // The sandbox did create it: exactly one build, never two.
            #expect(try await client.listBuilds(service: setup.service.sid).collect().count == 1)
        }
    }

    @Test func getRetriesOn5xxAndLostConnections() async throws {
        try await SandboxHarness.run { server, client in
            let service = try await client.createService(uniqueName: "flaky", friendlyName: "Flaky")
            server.faults.inject(SandboxFault(method: "GET", pathContains: "/Services/", status: 500,
                                              phase: .beforeHandling, times: 1))
            server.faults.inject(SandboxFault(method: "GET", pathContains: "/Services/", status: 502,
                                              phase: .dropConnection, times: 1))
            #expect(try await client.fetchService(service: service.sid).sid == service.sid)
            #expect(server.requestCount(method: "GET", pathContains: "/Services/") == 3)
        }
    }

    @Test func retriedDeleteThatFinds404HasSucceeded() async throws {
        try await SandboxHarness.run { server, client in
            let setup = try await SandboxHarness.makeBuildableService(client)
            let build = try await client.createBuild(service: setup.service.sid, functionVersions: [setup.version.sid])
            server.faults.inject(SandboxFault(method: "DELETE", pathContains: "/Builds/", status: 500,
                                              phase: .dropConnection, times: 1))
            try await client.deleteBuild(service: setup.service.sid, build: build.sid)
            #expect(server.requestCount(method: "DELETE", pathContains: "/Builds/") == 2)
            let error = await #expect(throws: ServerlessError.self) {
                try await client.deleteBuild(service: setup.service.sid, build: build.sid)
            }
            #expect(error?.isNotFound == true)
        }
    }

    @Test func refusedConnectionIsRetriedThenReported() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration(
            accounts: [SandboxAccount(sid: SandboxHarness.accountSid, authToken: SandboxHarness.authToken)]))
        let configuration = SandboxHarness.configuration(for: server)
        try await server.shutdown()
        try await ServerlessClient.withClient(configuration: configuration) { client in
            let failures = await #expect(throws: ServerlessError.self) {
                try await client.createService(uniqueName: "nobody", friendlyName: "home")
            }
            guard case .transport(let request, _) = failures else {
                Issue.record("expected a transport error, got \(String(describing: failures))")
                return
            }
            #expect(request.attempts == SandboxHarness.quickRetries.maxAttempts)
        }
    }
}
