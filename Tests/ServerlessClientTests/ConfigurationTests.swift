import Foundation
@testable import ServerlessClient
import Testing

/// Reading the configuration from environment variables, as twilio-cli does.
@Suite struct ConfigurationTests {
    static let sid = "AC0123456789abcdef0123456789abcdef"
    static let token = "tok-5ecret-0123456789abcdef01234567"

    @Test func accountSidWithAuthToken() throws {
        let configuration = try ServerlessClient.Configuration.fromEnvironment(
            ["TWILIO_ACCOUNT_SID": Self.sid, "TWILIO_AUTH_TOKEN": Self.token])
        #expect(configuration.credentials.kind == .authToken)
        #expect(configuration.credentials.username == Self.sid)
        #expect(configuration.endpoints == Endpoints(
            apiBaseURL: "https://serverless.twilio.com", uploadBaseURL: "https://serverless-upload.twilio.com"))
        #expect(configuration.maxConcurrentRequests == 10)
    }

    @Test func apiKeyWinsOverAuthToken() throws {
        let configuration = try ServerlessClient.Configuration.fromEnvironment([
            "TWILIO_ACCOUNT_SID": Self.sid, "TWILIO_AUTH_TOKEN": Self.token,
            "TWILIO_API_KEY": "SK0123456789abcdef0123456789abcdef", "TWILIO_API_SECRET": "s3cret",
        ])
        #expect(configuration.credentials.kind == .apiKey)
        #expect(configuration.credentials.username == "SK0123456789abcdef0123456789abcdef")
        #expect(configuration.credentials.accountSid == Self.sid)
    }

    /// Values are read without the spaces and tabs around them (the blanks of Foundation's
    /// `.whitespaces`, no-break and ideographic spaces included), never without a line break.
    @Test func blanksAroundValuesAreIgnored() throws {
        let configuration = try ServerlessClient.Configuration.fromEnvironment(
            ["TWILIO_ACCOUNT_SID": " \t\(Self.sid)\u{00A0}", "TWILIO_AUTH_TOKEN": "\u{3000}\(Self.token) ",
             "TWILIO_REGION": "\tie1\t"])
        #expect(configuration.credentials.username == Self.sid)
        #expect(configuration.credentials.authorizationHeader == Credentials.authToken(accountSid: Self.sid, authToken: Self.token).authorizationHeader)
        #expect(configuration.endpoints.apiBaseURL == "https://serverless.ie1.twilio.com")
        #expect("a b\n".trimmingBlanks() == "a b\n")
        #expect(" \t ".trimmingBlanks() == "")
    }

    /// The Basic token is the base64 of `username:secret`, for any text (empty, multi-byte).
    @Test(arguments: [("AC1", "secret"), ("", ""), ("SKé", "ß€😀")])
    func basicTokenIsBase64OfUsernameAndSecret(username: String, secret: String) {
        let expected = "Basic " + Data("\(username):\(secret)".utf8).base64EncodedString()
        #expect(Credentials.apiKey(username, secret: secret).authorizationHeader == expected)
    }

    static let failures: [([String: String], ConfigurationError)] = [
        ([:], .missingCredentials),
        (["TWILIO_ACCOUNT_SID": "", "TWILIO_AUTH_TOKEN": "  "], .missingCredentials),
        (["TWILIO_ACCOUNT_SID": sid], .incompleteCredentials(
            missing: ["TWILIO_AUTH_TOKEN (or TWILIO_API_KEY with TWILIO_API_SECRET)"])),
        (["TWILIO_AUTH_TOKEN": token], .incompleteCredentials(missing: ["TWILIO_ACCOUNT_SID"])),
        (["TWILIO_API_KEY": "SK1"], .incompleteCredentials(missing: ["TWILIO_API_SECRET"])),
        (["TWILIO_API_SECRET": "x", "TWILIO_ACCOUNT_SID": sid], .incompleteCredentials(missing: ["TWILIO_API_KEY"])),
        (["TWILIO_ACCOUNT_SID": sid, "TWILIO_AUTH_TOKEN": token, "BUILDSH_API_URL": "localhost:8080"],
         .invalidBaseURL(variable: "BUILDSH_API_URL", reason: "expected an absolute http:// or https:// URL")),
        (["TWILIO_ACCOUNT_SID": sid, "TWILIO_AUTH_TOKEN": token, "BUILDSH_API_URL": "http://u:p@127.0.0.1:1"],
         .invalidBaseURL(variable: "BUILDSH_API_URL",
                         reason: "credentials in the URL are not supported; use the TWILIO_* variables")),
    ]

    @Test(arguments: failures)
    func incompleteEnvironmentsAreExplained(environment: [String: String], expected: ConfigurationError) {
        #expect(throws: expected) { try ServerlessClient.Configuration.fromEnvironment(environment) }
    }

    static let hosts: [([String: String], String, String)] = [
        (["TWILIO_REGION": "ie1"], "https://serverless.ie1.twilio.com", "https://serverless-upload.ie1.twilio.com"),
        (["TWILIO_REGION": "au1", "TWILIO_EDGE": "sydney"],
         "https://serverless.sydney.au1.twilio.com", "https://serverless-upload.sydney.au1.twilio.com"),
        (["TWILIO_EDGE": "ashburn"], "https://serverless.ashburn.us1.twilio.com",
         "https://serverless-upload.ashburn.us1.twilio.com"),
        (["TWILIO_REGION": "ie1", "BUILDSH_API_URL": "http://127.0.0.1:8080/"],
         "http://127.0.0.1:8080", "http://127.0.0.1:8080"),
    ]

    @Test(arguments: hosts)
    func regionalHostsAndOverride(extra: [String: String], api: String, upload: String) throws {
        let environment = extra.merging(["TWILIO_ACCOUNT_SID": Self.sid, "TWILIO_AUTH_TOKEN": Self.token]) { $1 }
        let endpoints = try ServerlessClient.Configuration.fromEnvironment(environment).endpoints
        #expect(endpoints.apiBaseURL == api)
        #expect(endpoints.uploadBaseURL == upload)
    }

    @Test func configurationErrorsNameVariablesNotValues() {
        let text = ConfigurationError.incompleteCredentials(missing: ["TWILIO_AUTH_TOKEN"]).description
        #expect(text == "incomplete credentials: also set TWILIO_AUTH_TOKEN")
    }
}
