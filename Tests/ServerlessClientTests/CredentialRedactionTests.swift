import Testing
@testable import ServerlessClient

/// Secrets never appear in descriptions, dumps or configuration text.
@Suite struct CredentialRedactionTests {
    static let token = "tok-5ecret-0123456789abcdef01234567"
    static let credentials = Credentials.authToken(accountSid: "AC0123456789abcdef0123456789abcdef", authToken: token)

    func dumped(_ value: some Any) -> String {
        var text = ""
        dump(value, to: &text)
        return text
    }

    @Test func credentialsNeverShowTheSecret() {
        let renderings = [
            "\(Self.credentials)", String(reflecting: Self.credentials), dumped(Self.credentials),
            String(describing: [Self.credentials]),
        ]
        for text in renderings {
            #expect(!text.contains(Self.token), "secret shown in: \(text)")
            #expect(!text.contains(Self.credentials.authorizationHeader))
        }
        #expect("\(Self.credentials)" == "AC0123456789abcdef0123456789abcdef (auth token redacted)")
    }

    @Test func apiSecretIsRedactedToo() {
        let credentials = Credentials.apiKey("SK0123456789abcdef0123456789abcdef", secret: "hunter2-api-secret")
        #expect(!dumped(credentials).contains("hunter2"))
        #expect("\(credentials)".contains("API key redacted"))
    }

    @Test func configurationAndClientDescriptionsAreSafe() async throws {
        let configuration = ServerlessClient.Configuration(
            credentials: Self.credentials, endpoints: Endpoints(apiBaseURL: "http://127.0.0.1:9", uploadBaseURL: "http://127.0.0.1:9"))
        #expect(!"\(configuration)".contains(Self.token))
        #expect(!dumped(configuration).contains(Self.token))
        let client = ServerlessClient(configuration: configuration)
        #expect(!"\(client)".contains(Self.token))
        try await client.shutdown()
    }
}
