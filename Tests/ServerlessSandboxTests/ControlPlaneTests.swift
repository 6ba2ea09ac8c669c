import AsyncHTTPClient
import Foundation
import ServerlessSandbox
import Testing

/// `/sandbox/faults` and `/sandbox/stats` belong to the calling account; faults meet only requests
/// that authenticated; the request log is bounded.
@Suite("Per-account control plane")
struct ControlPlaneTests {
    func armFault(_ sandbox: SandboxHarness, _ json: String, as account: SandboxAccount) async throws -> APIResponse {
        var request = HTTPClientRequest(url: sandbox.base + "/sandbox/faults")
        request.method = .POST
        request.headers.add(name: "Authorization", value: SandboxHarness.basic(account))
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(.init(string: json))
        return try await sandbox.execute(request)
    }

    @Test func anotherAccountsFaultNeverMeetsMyRequests() async throws {
        try await SandboxHarness.with { sandbox in
            let armed = try await armFault(sandbox, #"{"status":503,"times":3}"#, as: otherAccount)
            #expect(armed.status == 201)
            let mine = try await sandbox.send(.GET, "/v1/Services", as: primaryAccount)
            #expect(mine.status == 200)
            let theirs = try await sandbox.send(.GET, "/v1/Services", as: otherAccount)
            #expect(theirs.status == 503)
        }
    }

    @Test func faultsAreListedAndClearedPerAccount() async throws {
        try await SandboxHarness.with { sandbox in
            _ = try await armFault(sandbox, #"{"status":500,"pathContains":"/Mine","times":2}"#, as: primaryAccount)
            _ = try await armFault(sandbox, #"{"status":502,"times":5}"#, as: otherAccount)
            let mine = try await sandbox.send(.GET, "/sandbox/faults", as: primaryAccount).list("faults")
            #expect(mine.count == 1)
            #expect(mine.first?["pathContains"] as? String == "/Mine")
            #expect(try await sandbox.send(.DELETE, "/sandbox/faults", as: otherAccount).status == 204)
            #expect(try await sandbox.send(.GET, "/sandbox/faults", as: otherAccount).list("faults").isEmpty)
            #expect(try await sandbox.send(.GET, "/sandbox/faults", as: primaryAccount).list("faults").count == 1)
        }
    }

    @Test func statsShowOnlyMyRequests() async throws {
        try await SandboxHarness.with { sandbox in
            let service = try await sandbox.createService("secret-one", as: primaryAccount)
            _ = try await sandbox.send(.GET, "/v1/Services/\(service)", as: primaryAccount)
            _ = try await sandbox.send(.GET, "/v1/Services", as: otherAccount)
            let stats = try await sandbox.send(.GET, "/sandbox/stats", as: otherAccount)
            #expect(stats["total"] as? Int == 1)
            #expect(!stats.text.contains(service))
            #expect(try await sandbox.send(.GET, "/sandbox/stats", as: primaryAccount)["total"] as? Int == 2)
        }
    }

    @Test func faultsApplyOnlyAfterAuthentication() async throws {
        try await SandboxHarness.with { sandbox in
            sandbox.server.faults.inject(SandboxFault(status: 503, times: 1))
            let anonymous = try await sandbox.send(.GET, "/v1/Services", as: nil)
            #expect(anonymous.status == 401)
            #expect(anonymous.code == 20003)
            #expect(sandbox.server.faults.pending.count == 1, "the unauthenticated request must not use the fault up")
            #expect(try await sandbox.send(.GET, "/v1/Services").status == 503)
        }
    }

    @Test func theRequestLogIsARingAndKeepsNoUnauthenticatedPaths() async throws {
        try await SandboxHarness.with { sandbox in
            let longPath = "/v1/Services/" + String(repeating: "x", count: 8 * 1024)
            for _ in 0..<20 { _ = try await sandbox.send(.GET, longPath, as: nil) }
            #expect(sandbox.server.unauthenticatedRequestCount == 20)
            #expect(sandbox.server.requestCount() == 0)
            let extra = 25
            for _ in 0..<(SandboxServer.requestLogCapacity + extra) {
                _ = try await sandbox.send(.GET, "/v1/Nothing", as: primaryAccount)
            }
            #expect(sandbox.server.requestCount() == SandboxServer.requestLogCapacity)
            let stats = try await sandbox.send(.GET, "/sandbox/stats")
            #expect(stats["total"] as? Int == SandboxServer.requestLogCapacity + extra)
            #expect(stats.list("requests").first?["count"] as? Int == SandboxServer.requestLogCapacity)
        }
    }

    @Test func longPathsAreCutInTheLog() async throws {
        try await SandboxHarness.with { sandbox in
            _ = try await sandbox.send(.GET, "/v1/Services/" + String(repeating: "%C3%A9", count: 2000))
            let path = try #require(try await sandbox.send(.GET, "/sandbox/stats").list("requests").first?["path"] as? String)
            #expect(path.utf8.count <= 512)
            #expect(path.hasPrefix("/v1/Services/"))
        }
    }
}
