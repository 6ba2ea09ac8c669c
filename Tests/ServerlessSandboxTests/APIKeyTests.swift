import Foundation
import ServerlessSandbox
import Testing

/// API keys: `SK…:secret` in HTTP Basic acts for the key's account, as on Twilio.
@Suite("API keys")
struct APIKeyTests {
    static let key = SandboxAPIKey(sid: "SK" + String(repeating: "a", count: 32), secret: "key-secret-1")
    static let otherKey = SandboxAPIKey(sid: "SK" + String(repeating: "b", count: 32), secret: "key-secret-2", accountSid: otherAccount.sid)

    static func basic(_ key: SandboxAPIKey, secret: String? = nil) -> String {
        "Basic " + Data("\(key.sid):\(secret ?? key.secret)".utf8).base64EncodedString()
    }

    @Test func aKeyActsForItsAccount() async throws {
        try await SandboxHarness.with(configure: { $0.apiKeys = [Self.key, Self.otherKey] }) { sandbox in
            let mine = try await sandbox.createService("mine")
            let withKey = try await sandbox.send(.GET, "/v1/Services", as: nil, authorization: Self.basic(Self.key))
            #expect(withKey.status == 200)
            #expect(withKey.list("services").map { $0["sid"] as? String } == [mine])
            let created = try await sandbox.send(.POST, "/v1/Services", form: [("UniqueName", "by-key"), ("FriendlyName", "k")], as: nil, authorization: Self.basic(Self.otherKey))
            #expect(created.string("account_sid") == otherAccount.sid)
            #expect(try await sandbox.send(.GET, "/v1/Services/\(mine)", as: nil, authorization: Self.basic(Self.otherKey)).status == 404)
        }
    }

    @Test func aWrongSecretIs20003AndNeverEchoed() async throws {
        try await SandboxHarness.with(configure: { $0.apiKeys = [Self.key] }) { sandbox in
            for secret in ["wrong", "", Self.key.secret + "x", primaryAccount.authToken] {
                let response = try await sandbox.send(.GET, "/v1/Services", as: nil, authorization: Self.basic(Self.key, secret: secret))
                #expect(response.status == 401)
                #expect(response.code == 20003)
                #expect(!response.text.contains(Self.key.secret))
            }
        }
    }

    @Test func keysAreStoredAndAcceptedAfterARestart() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-keys-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try await SandboxServer.start(SandboxConfiguration(storage: .file(path), accounts: [primaryAccount], apiKeys: [Self.key]))
        #expect(first.apiKeys == [SandboxAPIKey(sid: Self.key.sid, secret: Self.key.secret, accountSid: primaryAccount.sid)])
        try await first.shutdown()
        let second = try await SandboxServer.start(SandboxConfiguration(storage: .file(path)))
        let harness = SandboxHarness(server: second)
        #expect(try await harness.send(.GET, "/v1/Services", as: nil, authorization: Self.basic(Self.key)).status == 200)
        try await second.shutdown()
    }

    @Test func aKeyForAnUnknownAccountOrAMalformedSidStopsTheStart() async throws {
        await #expect(throws: SandboxAPIKeyError.self) {
            let server = try await SandboxServer.start(SandboxConfiguration(
                accounts: [primaryAccount], apiKeys: [SandboxAPIKey(sid: Self.key.sid, secret: "s", accountSid: otherAccount.sid)]))
            try await server.shutdown()
        }
        await #expect(throws: SandboxAPIKeyError.self) {
            let server = try await SandboxServer.start(SandboxConfiguration(accounts: [primaryAccount], apiKeys: [SandboxAPIKey(sid: "SKnope", secret: "s")]))
            try await server.shutdown()
        }
    }

    @Test func keyDescriptionsNeverShowTheSecret() {
        var dumped = ""
        dump([Self.key], to: &dumped)
        for text in [String(describing: Self.key), String(reflecting: Self.key), dumped] {
            #expect(!text.contains(Self.key.secret))
            #expect(text.contains(Self.key.sid))
        }
    }
}
