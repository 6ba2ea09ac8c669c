import Foundation
import Logging
import ServerlessSandbox
import TestSupport
import Testing
@testable import ServerlessClient

/// Errors and observer events name requests, and a request's URL can hold the secret (a server may
/// put the token in a `next_page_url` query, or a caller in a path): it is redacted wherever a URL is
/// shown, and server text in it is escaped.
@Suite(.serialized) struct RequestNamingTests {
    static let token = SandboxHarness.authToken

    @Test func anAPIErrorNamesItsRequestWithTheSecretRedacted() async throws {
        try await SandboxHarness.run { _, client in
            let error = await #expect(throws: ServerlessError.self) { try await client.fetchService(service: Self.token) }
            #expect(error?.request?.path == "/v1/Services/[redacted]")
            #expect(error.map { "\($0)".contains(Self.token) } == false)
        }
    }

    @Test func anOutcomeUnknownNamesItsRequestAndWhatToCheckWithTheSecretRedacted() async throws {
        try await SandboxHarness.run { server, client in
            server.faults.inject(SandboxFault(method: "POST", pathContains: "/Services/", status: 500,
                                              phase: .beforeHandling, times: 1))
            let error = await #expect(throws: ServerlessError.self) {
                try await client.updateService(service: Self.token, friendlyName: "x")
            }
            guard case .outcomeUnknown(let request, _)? = error else {
                Issue.record("expected outcome unknown, got \(String(describing: error))")
                return
            }
            #expect(request.path == "/v1/Services/[redacted]")
            let text = error.map { "\($0)" } ?? ""
            #expect(text.contains("GET /v1/Services/[redacted]"))
            #expect(!text.contains(Self.token))
        }
    }

    @Test func observerEventsShowURLsRedactedAndServerTextEscaped() throws {
        let events = Recorder<ExchangeEvent>()
        let credentials = Credentials.authToken(accountSid: SandboxHarness.accountSid, authToken: Self.token)
        let observation = ExchangeObservation(
            observer: { events.append($0) }, logger: Logger(label: "test"), credentials: credentials)
        let encoded = Self.token.unicodeScalars.map { "%" + String($0.value, radix: 16) }.joined()
        for url in ["http://127.0.0.1:9/v1/Services?PageToken=\(Self.token)", "http://127.0.0.1:9/v1/Services?PageToken=\(encoded)"] {
            let request = APIRequest(method: .GET, url: url, body: nil)
            observation.request(request, headers: [:], attempt: 1)
            observation.response(request, status: 502, headers: ["X-Title": "\u{1B}]0;owned\u{7}"],
                                 body: Data("<title>\u{1B}]0;owned\u{7}</title>\nnext line".utf8), attempt: 1, elapsed: .zero)
            observation.failure(request, reason: "lost \(Self.token)\r", attempt: 2)
        }
        let text = events.values.map(\.description).joined(separator: "\n")
        #expect(events.values.count == 6)
        #expect(events.values.allSatisfy { $0.url == "http://127.0.0.1:9/v1/Services?PageToken=[redacted]" })
        #expect(!credentials.isRevealed(in: text))
        #expect(text.contains("X-Title: \\e]0;owned\\u{7}"))
        #expect(text.contains("<title>\\e]0;owned\\u{7}</title>\nnext line"))
        #expect(text.contains("failed: lost [redacted]\\r"))
        #expect(!text.contains("\u{1B}") && !text.contains("\u{7}") && !text.contains("\r"))
    }

    @Test func aDecodingErrorNamesAServerKeyEscapedAndRedacted() async throws {
        let credentials = Credentials.authToken(accountSid: SandboxHarness.accountSid, authToken: Self.token)
        let transport = HTTPTransport(configuration: ServerlessClient.Configuration(
            credentials: credentials, endpoints: Endpoints(apiBaseURL: "http://127.0.0.1:9", uploadBaseURL: "http://127.0.0.1:9")))
        let body = Data(#"{"sid": "ZS1", "links": {"fn\u001b]0;owned\u0007\#(Self.token)": 5}}"#.utf8)
        do {
            _ = try JSONDecoder().decode(Service.self, from: body)
            Issue.record("a number where the spec says string should not decode")
        } catch {
            let request = APIRequest(method: .GET, url: "http://127.0.0.1:9/v1/Services/ZS1", body: nil)
            let text = "\(transport.unreadable(APIResponse(status: 200, body: body), error: error, request: request))"
            #expect(text.contains("'links.fn\\e]0;owned\\u{7}[redacted]' has the wrong type"))
            #expect(!text.contains("\u{1B}") && !credentials.isRevealed(in: text))
        }
        try await transport.shutdown()
    }
}
