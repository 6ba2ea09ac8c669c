import Foundation
import ServerlessSandbox
import Testing

@Suite("Paging")
struct PagingTests {
    @Test func anEmptyListHasTheDocumentedMeta() async throws {
        try await SandboxHarness.with { sandbox in
            let response = try await sandbox.send(.GET, "/v1/Services")
            #expect(response.status == 200)
            #expect(response.list("services").isEmpty)
            let meta = response.meta
            #expect(meta.keys.sorted() == ["first_page_url", "key", "next_page_url", "page", "page_size", "previous_page_url", "url"])
            #expect(meta["first_page_url"] as? String == "\(sandbox.base)/v1/Services?PageSize=50&Page=0")
            #expect(meta["url"] as? String == meta["first_page_url"] as? String)
            #expect(meta["key"] as? String == "services")
            #expect(meta["page"] as? Int == 0)
            #expect(meta["page_size"] as? Int == 50)
            #expect(meta["next_page_url"] is NSNull)
            #expect(meta["previous_page_url"] is NSNull)
        }
    }

    @Test func followingNextPageURLsVisitsEveryItemOnce() async throws {
        try await SandboxHarness.with { sandbox in
            var created: [String] = []
            for index in 0..<7 { created.append(try await sandbox.createService("s\(index)")) }
            var seen: [String] = []
            var pages = 0
            var next: String? = "/v1/Services?PageSize=3"
            while let url = next {
                let page = try await sandbox.send(.GET, url)
                #expect(page.status == 200)
                seen += page.list("services").compactMap { $0["sid"] as? String }
                #expect(page.meta["page"] as? Int == pages)
                #expect(page.meta["page_size"] as? Int == 3)
                pages += 1
                next = page.meta["next_page_url"] as? String
            }
            #expect(pages == 3)
            #expect(seen == created)
        }
    }

    @Test func deletingWhileWalkingSkipsNothing() async throws {
        try await SandboxHarness.with { sandbox in
            for index in 0..<6 { _ = try await sandbox.createService("d\(index)") }
            var next: String? = "/v1/Services?PageSize=2"
            var visited = 0
            while let url = next {
                let page = try await sandbox.send(.GET, url)
                for item in page.list("services") {
                    visited += 1
                    #expect(try await sandbox.send(.DELETE, "/v1/Services/\(item["sid"] as? String ?? "")").status == 204)
                }
                next = page.meta["next_page_url"] as? String
            }
            #expect(visited == 6)
            #expect(try await sandbox.send(.GET, "/v1/Services").list("services").isEmpty)
        }
    }

    @Test func previousPageURLLeadsBack() async throws {
        try await SandboxHarness.with { sandbox in
            for index in 0..<5 { _ = try await sandbox.createService("p\(index)") }
            let first = try await sandbox.send(.GET, "/v1/Services?PageSize=2")
            let second = try await sandbox.send(.GET, try #require(first.meta["next_page_url"] as? String))
            let back = try await sandbox.send(.GET, try #require(second.meta["previous_page_url"] as? String))
            #expect(back.list("services").map { $0["sid"] as? String } == first.list("services").map { $0["sid"] as? String })
            #expect(back.meta["page"] as? Int == 0)
        }
    }

    @Test func aPageNumberWithoutATokenIsAnOffset() async throws {
        try await SandboxHarness.with { sandbox in
            var created: [String] = []
            for index in 0..<5 { created.append(try await sandbox.createService("o\(index)")) }
            let third = try await sandbox.send(.GET, "/v1/Services?PageSize=2&Page=2")
            #expect(third.list("services").map { $0["sid"] as? String } == [created[4]])
            #expect(third.meta["page"] as? Int == 2)
            #expect(third.meta["next_page_url"] is NSNull)
            let beyond = try await sandbox.send(.GET, "/v1/Services?PageSize=1000&Page=\(Int.max)")
            #expect(beyond.status == 200)
            #expect(beyond.list("services").isEmpty)
        }
    }

    @Test(arguments: ["PageSize=0", "PageSize=1001", "PageSize=ten", "Page=-1", "PageToken=bogus"])
    func badPagingParametersAre20001(query: String) async throws {
        try await SandboxHarness.with { sandbox in
            let response = try await sandbox.send(.GET, "/v1/Services?\(query)")
            #expect(response.status == 400)
            #expect(response.code == 20001)
        }
    }

    @Test func pageSizeLimitsAreInclusive() async throws {
        try await SandboxHarness.with { sandbox in
            for size in [1, 1000] {
                let response = try await sandbox.send(.GET, "/v1/Services?PageSize=\(size)")
                #expect(response.status == 200)
                #expect(response.meta["page_size"] as? Int == size)
            }
        }
    }
}
