import Foundation
import ServerlessSandbox
import Testing

/// Page tokens are opaque, sealed to one account's list, and keep keyset paging.
@Suite("Page tokens")
struct PageTokenTests {
    static func token(in url: String) -> String? {
        URLComponents(string: url)?.queryItems?.first { $0.name == "PageToken" }?.value
    }

    @Test func tokensRevealNothingAndDifferPerAccount() async throws {
        try await SandboxHarness.with { sandbox in
            for index in 0..<3 {
                _ = try await sandbox.createService("a\(index)")
                _ = try await sandbox.createService("b\(index)", as: otherAccount)
            }
            let mine = try await sandbox.send(.GET, "/v1/Services?PageSize=1")
            let theirs = try await sandbox.send(.GET, "/v1/Services?PageSize=1", as: otherAccount)
            let myNext = try #require(mine.meta["next_page_url"] as? String)
            let theirNext = try #require(theirs.meta["next_page_url"] as? String)
            let myToken = try #require(Self.token(in: myNext))
            let theirToken = try #require(Self.token(in: theirNext))
            #expect(myToken.hasPrefix("PT"))
            #expect(myToken != theirToken)
            for seq in 1...12 {
                #expect(!myToken.contains(String(seq, radix: 16).uppercased() + "&"))
                #expect(!myToken.hasSuffix("A" + String(seq, radix: 16)))
            }
        }
    }

    @Test func aTokenOfAnotherAccountOrListIsRefused() async throws {
        try await SandboxHarness.with { sandbox in
            let service = try await sandbox.createService("a")
            _ = try await sandbox.createService("b")
            _ = try await sandbox.createService("c", as: otherAccount)
            let next = try #require(try await sandbox.send(.GET, "/v1/Services?PageSize=1").meta["next_page_url"] as? String)
            let token = try #require(Self.token(in: next))
            let stolen = try await sandbox.send(.GET, "/v1/Services?PageSize=1&PageToken=\(token)", as: otherAccount)
            #expect(stolen.status == 400)
            #expect(stolen.code == 20001)
            let elsewhere = try await sandbox.send(.GET, "/v1/Services/\(service)/Functions?PageSize=1&PageToken=\(token)")
            #expect(elsewhere.code == 20001)
            var tampered = Array(token)
            tampered[5] = tampered[5] == "A" ? "B" : "A"
            #expect(try await sandbox.send(.GET, "/v1/Services?PageSize=1&PageToken=\(String(tampered))").code == 20001)
            for legacy in ["PA1", "PB1", "PAc"] {
                #expect(try await sandbox.send(.GET, "/v1/Services?PageToken=\(legacy)").code == 20001)
            }
            #expect(try await sandbox.send(.GET, next).status == 200)
        }
    }

    @Test func tokensSurviveARestartOfTheSameDataFile() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-tokens-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var next = ""
        try await SandboxHarness.with(storage: .file(path)) { sandbox in
            for index in 0..<3 { _ = try await sandbox.createService("s\(index)") }
            next = try #require(try await sandbox.send(.GET, "/v1/Services?PageSize=2").meta["next_page_url"] as? String)
        }
        try await SandboxHarness.with(storage: .file(path)) { sandbox in
            let token = try #require(Self.token(in: next))
            let page = try await sandbox.send(.GET, "/v1/Services?PageSize=2&Page=1&PageToken=\(token)")
            #expect(page.list("services").map { $0["unique_name"] as? String } == ["s2"])
        }
    }

    @Test func walkingBackwardsWithPreviousPageURLs() async throws {
        try await SandboxHarness.with { sandbox in
            for index in 0..<5 { _ = try await sandbox.createService("s\(index)") }
            var url: String? = "/v1/Services?PageSize=2"
            var last: APIResponse?
            while let next = url {
                last = try await sandbox.send(.GET, next)
                url = last?.meta["next_page_url"] as? String
            }
            var names: [String] = []
            var back = last?.meta["previous_page_url"] as? String
            while let previous = back {
                let page = try await sandbox.send(.GET, previous)
                names = page.list("services").compactMap { $0["unique_name"] as? String } + names
                back = page.meta["previous_page_url"] as? String
            }
            #expect(names == ["s0", "s1", "s2", "s3"])
        }
    }
}
