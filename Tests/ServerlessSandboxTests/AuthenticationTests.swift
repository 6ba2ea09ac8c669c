import Foundation
import ServerlessSandbox
import Testing

@Suite("Authentication and account isolation")
struct AuthenticationTests {
    @Test(arguments: [
        nil,
        "Basic " + Data("\(primaryAccount.sid):wrong".utf8).base64EncodedString(),
        "Basic " + Data("AC00000000000000000000000000000000:token-one".utf8).base64EncodedString(),
        "Basic not-base64!",
        "Bearer token-one",
    ])
    func badCredentialsAre20003(authorization: String?) async throws {
        try await SandboxHarness.with { sandbox in
            let response = try await sandbox.send(.GET, "/v1/Services", as: nil, authorization: authorization)
            #expect(response.status == 401)
            #expect(response.code == 20003)
            #expect(!response.text.contains("token-one"))
        }
    }

    @Test func anotherAccountsResourcesAreNotFound() async throws {
        try await SandboxHarness.with { sandbox in
            let (service, function, version) = try await sandbox.serviceWithFunctionVersion()
            for path in [
                "/v1/Services/\(service)", "/v1/Services/demo", "/v1/Services/\(service)/Functions/\(function)",
                "/v1/Services/\(service)/Functions/\(function)/Versions/\(version)/Content",
            ] {
                let response = try await sandbox.send(.GET, path, as: otherAccount)
                #expect(response.status == 404, "\(path)")
                #expect(response.code == 20404)
            }
            let delete = try await sandbox.send(.DELETE, "/v1/Services/\(service)", as: otherAccount)
            #expect(delete.code == 20404)
            let list = try await sandbox.send(.GET, "/v1/Services", as: otherAccount)
            #expect(list.list("services").isEmpty)
            #expect(try await sandbox.send(.GET, "/v1/Services/\(service)").status == 200)
        }
    }

    @Test func unknownRoutesAre20404() async throws {
        try await SandboxHarness.with { sandbox in
            let response = try await sandbox.send(.GET, "/v1/Nope")
            #expect(response.status == 404)
            #expect(response.code == 20404)
            #expect(response.string("message") == "The requested resource /Nope was not found")
        }
    }

    @Test func accountDescriptionsNeverShowTheToken() {
        let account = SandboxAccount(sid: primaryAccount.sid, authToken: "very-secret")
        var dumped = ""
        dump([account], to: &dumped)
        for text in [String(describing: account), String(reflecting: account), "\(account)", dumped] {
            #expect(!text.contains("very-secret"))
            #expect(text.contains(primaryAccount.sid))
        }
    }

    @Test func anUnconfiguredSandboxCreatesOneAccountAndKeepsIt() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-accounts-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try await SandboxServer.start(SandboxConfiguration(storage: .file(path)))
        let generated = try #require(first.generatedAccount)
        #expect(first.accounts == [generated])
        #expect(generated.sid.hasPrefix("AC") && generated.sid.count == 34)
        try await first.shutdown()
        let second = try await SandboxServer.start(SandboxConfiguration(storage: .file(path)))
        #expect(second.generatedAccount == nil)
        #expect(second.accounts == [generated])
        let harness = SandboxHarness(server: second)
        #expect(try await harness.send(.GET, "/v1/Services", as: generated).status == 200)
        try await second.shutdown()
    }
}
