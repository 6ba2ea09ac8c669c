import Foundation
import ServerlessSandbox
import TestSupport
import Testing
@testable import ServerlessClient

/// Lazy paging over real pages of the sandbox.
@Suite(.serialized) struct PagingIntegrationTests {
    @Test func followsNextPageURLsPageByPage() async throws {
        try await SandboxHarness.run { server, client in
            let setup = try await SandboxHarness.makeBuildableService(client)
            let created = try await SandboxHarness.makeBuilds(client, setup, count: 23)
            let before = server.requestCount(method: "GET", pathContains: "/Builds")
            let listed = try await client.listBuilds(service: setup.service.sid, pageSize: 10).collect()
            #expect(Set(listed.map(\.sid)) == Set(created.map(\.sid)))
            #expect(listed.count == 23)
            #expect(server.requestCount(method: "GET", pathContains: "/Builds") - before == 3)
        }
    }

    @Test func limitStopsEarlyAndShrinksThePage() async throws {
        try await SandboxHarness.run { server, client in
            let setup = try await SandboxHarness.makeBuildableService(client)
            _ = try await SandboxHarness.makeBuilds(client, setup, count: 12)
            let before = server.requestCount(method: "GET", pathContains: "/Builds")
            let list = client.listBuilds(service: setup.service.sid, pageSize: 5, limit: 7)
            #expect(try await list.collect().count == 7)
            #expect(server.requestCount(method: "GET", pathContains: "/Builds") - before == 2)
            let small = client.listBuilds(service: setup.service.sid, limit: 3)
            #expect(small.effectivePageSize == 3)
            #expect(try await small.collect().count == 3)
            #expect(server.requestCount(method: "GET", pathContains: "/Builds") - before == 3)
        }
    }

    @Test func isLazyUntilIterated() async throws {
        try await SandboxHarness.run { server, client in
            let setup = try await SandboxHarness.makeBuildableService(client)
            _ = try await SandboxHarness.makeBuilds(client, setup, count: 6)
            let before = server.requestCount(method: "GET", pathContains: "/Builds")
            let list = client.listBuilds(service: setup.service.sid, pageSize: 2)
            #expect(server.requestCount(method: "GET", pathContains: "/Builds") == before)
            var iterator = list.makeAsyncIterator()
            _ = try await iterator.next()
            _ = try await iterator.next()
            #expect(server.requestCount(method: "GET", pathContains: "/Builds") - before == 1)
            _ = try await iterator.next()
            #expect(server.requestCount(method: "GET", pathContains: "/Builds") - before == 2)
        }
    }

    @Test func deletingWhilePagingVisitsEveryBuildOnce() async throws {
        try await SandboxHarness.run { _, client in
            let setup = try await SandboxHarness.makeBuildableService(client)
            let created = try await SandboxHarness.makeBuilds(client, setup, count: 17)
            var visited: [String] = []
            for try await build in client.listBuilds(service: setup.service.sid, pageSize: 4) {
                visited.append(build.sid)
                try await client.deleteBuild(service: setup.service.sid, build: build.sid)
            }
            #expect(visited.count == 17)
            #expect(Set(visited) == Set(created.map(\.sid)))
            #expect(try await client.listBuilds(service: setup.service.sid).collect().isEmpty)
        }
    }

    @Test func anErrorOnALaterPageIsThrownNotSwallowed() async throws {
        try await SandboxHarness.run { server, client in
            let setup = try await SandboxHarness.makeBuildableService(client)
            _ = try await SandboxHarness.makeBuilds(client, setup, count: 6)
            var iterator = client.listBuilds(service: setup.service.sid, pageSize: 3).makeAsyncIterator()
            for _ in 0..<3 { #expect(try await iterator.next() != nil) }
            server.faults.inject(SandboxFault(method: "GET", pathContains: "/Builds", status: 403, code: 20003,
                                              phase: .beforeHandling, times: 1))
            let error = await #expect(throws: ServerlessError.self) { _ = try await iterator.next() }
            #expect(error?.status == 403)
            #expect(error?.request?.path.contains("PageToken=") == true)
        }
    }
}
