import AsyncHTTPClient
import Foundation
import ServerlessSandbox
import Testing

@Suite("Fault injection and request counting")
struct FaultTests {
    @Test func injected429sComeFirstThenRequestsSucceed() async throws {
        try await SandboxHarness.with { sandbox in
            let (service, _, version) = try await sandbox.serviceWithFunctionVersion()
            sandbox.server.faults.inject(SandboxFault(method: "POST", pathContains: "/Builds", status: 429, code: 20429, retryAfter: 1, times: 2))
            for _ in 0..<2 {
                let limited = try await sandbox.createBuild(service, functionVersions: [version])
                #expect(limited.status == 429)
                #expect(limited.code == 20429)
                #expect(limited.string("moreInfo") == "https://www.twilio.com/docs/errors/20429")
                #expect(limited.headers.first(name: "Retry-After") == "1")
            }
            #expect(try await sandbox.createBuild(service, functionVersions: [version]).status == 201)
            #expect(sandbox.server.requestCount(method: "POST", pathContains: "/Builds") == 3)
            let builds = try await sandbox.send(.GET, "/v1/Services/\(service)/Builds")
            #expect(builds.list("builds").count == 1)
        }
    }

    @Test func afterHandlingTheWorkIsDoneButTheAnswerIsAnError() async throws {
        try await SandboxHarness.with { sandbox in
            let (service, _, version) = try await sandbox.serviceWithFunctionVersion()
            sandbox.server.faults.inject(SandboxFault(method: "POST", pathContains: "/Builds", status: 503, phase: .afterHandling))
            let failed = try await sandbox.createBuild(service, functionVersions: [version])
            #expect(failed.status == 503)
            #expect(try await sandbox.send(.GET, "/v1/Services/\(service)/Builds").list("builds").count == 1)
        }
    }

    @Test(arguments: [SandboxFault.Phase.dropConnection, .dropBeforeHandling])
    func droppedConnectionsGetNoResponse(phase: SandboxFault.Phase) async throws {
        try await SandboxHarness.with { sandbox in
            let service = try await sandbox.createService()
            sandbox.server.faults.inject(SandboxFault(method: "POST", pathContains: "/Functions", phase: phase))
            await #expect(throws: (any Error).self) {
                _ = try await sandbox.send(.POST, "/v1/Services/\(service)/Functions", form: [("FriendlyName", "f")])
            }
            let functions = try await sandbox.send(.GET, "/v1/Services/\(service)/Functions").list("functions")
            #expect(functions.count == (phase == .dropConnection ? 1 : 0))
        }
    }

    @Test func faultsAndStatsAreReachableOverHTTP() async throws {
        try await SandboxHarness.with { sandbox in
            var request = HTTPClientRequest(url: sandbox.base + "/sandbox/faults")
            request.method = .POST
            request.headers.add(name: "Authorization", value: SandboxHarness.basic(primaryAccount))
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(.init(string: #"{"method":"GET","pathContains":"/Services","status":500,"times":1}"#))
            #expect(try await sandbox.execute(request).status == 201)
            #expect(sandbox.server.faults.pending.count == 1)
            let failed = try await sandbox.send(.GET, "/v1/Services")
            #expect(failed.status == 500)
            #expect(failed.code == 20500)
            #expect(try await sandbox.send(.GET, "/v1/Services").status == 200)

            sandbox.server.faults.inject(SandboxFault(status: 500, times: 5, accountSid: primaryAccount.sid))
            #expect(try await sandbox.send(.DELETE, "/sandbox/faults").status == 204)
            #expect(sandbox.server.faults.pending.isEmpty)

            let stats = try await sandbox.send(.GET, "/sandbox/stats")
            #expect(stats["total"] as? Int == 2)
            #expect(stats.list("requests").first?["count"] as? Int == 2)
            #expect(try await sandbox.send(.GET, "/sandbox/stats", as: nil).code == 20003)
        }
    }
}

@Suite("Server lifecycle")
struct ServerLifecycleTests {
    @Test func aTakenPortIsAnErrorNotAHang() async throws {
        try await SandboxHarness.with { sandbox in
            let port = try #require(sandbox.server.baseURL.port)
            await #expect(throws: (any Error).self) {
                let second = try await SandboxServer.start(SandboxConfiguration(port: port, accounts: [primaryAccount]))
                try await second.shutdown()
            }
        }
    }

    @Test func anOutOfRangeFaultStatusIsAnsweredAs500() async throws {
        try await SandboxHarness.with { sandbox in
            sandbox.server.faults.inject(SandboxFault(status: 42))
            let response = try await sandbox.send(.GET, "/v1/Services")
            #expect(response.status == 500)
        }
    }

    @Test func shutdownTwiceIsHarmless() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration(accounts: [primaryAccount]))
        try await server.shutdown()
        try await server.shutdown()
    }
}
