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

    /// The byte-wise path (ASCII ends) and the character-wise one agree wherever they meet: Unicode
    /// blanks inside ASCII ones, a combining mark on a blank or on the last letter, a substring.
    @Test(arguments: [
        (" a b ", "a b"), ("\t\u{00A0} x \u{3000}\t", "x"), (" \u{301}x ", "x"), ("e\u{301} ", "e\u{301}"),
        ("\u{00A0}", ""), ("é", "é"), ("a\tb", "a\tb"), ("\r\n x", "\r\n x"),
    ])
    func blankTrimmingPathsAgree(text: String, trimmed: String) {
        #expect(text.trimmingBlanks() == trimmed)
        #expect(("[" + text + "]").dropFirst().dropLast().trimmingBlanks() == trimmed)
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
        (["TWILIO_API_KEY": "SK1"], .incompleteCredentials(missing: ["TWILIO_ACCOUNT_SID"])),
        // twilio-cli reads an API key from the environment only beside the account SID.
        (["TWILIO_API_KEY": "SK1", "TWILIO_API_SECRET": "x"], .incompleteCredentials(missing: ["TWILIO_ACCOUNT_SID"])),
        (["TWILIO_API_SECRET": "x", "TWILIO_ACCOUNT_SID": sid],
         .incompleteCredentials(missing: ["TWILIO_API_KEY (or TWILIO_AUTH_TOKEN)"])),
        (["TWILIO_API_KEY": "SK1", "TWILIO_ACCOUNT_SID": sid],
         .incompleteCredentials(missing: ["TWILIO_API_SECRET (or TWILIO_AUTH_TOKEN)"])),
        // A region or edge is a host-name label of Twilio's form, never a way to another host.
        (["TWILIO_ACCOUNT_SID": sid, "TWILIO_AUTH_TOKEN": token, "TWILIO_REGION": "x.evil.com/"],
         .invalidHostPart(variable: "TWILIO_REGION", text: "x.evil.com/")),
        (["TWILIO_ACCOUNT_SID": sid, "TWILIO_AUTH_TOKEN": token, "TWILIO_EDGE": "evil.com#"],
         .invalidHostPart(variable: "TWILIO_EDGE", text: "evil.com#")),
        (["TWILIO_ACCOUNT_SID": sid, "TWILIO_AUTH_TOKEN": token, "TWILIO_REGION": "IE1"],
         .invalidHostPart(variable: "TWILIO_REGION", text: "IE1")),
        (["TWILIO_ACCOUNT_SID": sid, "TWILIO_AUTH_TOKEN": token, "TWILIO_REGION": "ie1@x"],
         .invalidHostPart(variable: "TWILIO_REGION", text: "ie1@x")),
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

    /// twilio-cli uses the auth token when the API key has no secret beside it.
    @Test func aKeyWithoutItsSecretLeavesTheAuthToken() throws {
        let configuration = try ServerlessClient.Configuration.fromEnvironment(
            ["TWILIO_ACCOUNT_SID": Self.sid, "TWILIO_AUTH_TOKEN": Self.token, "TWILIO_API_KEY": "SK1"])
        #expect(configuration.credentials.kind == .authToken)
        #expect(configuration.credentials.username == Self.sid)
    }

    @Test(arguments: ["ie1", "us1", "au1", "dublin", "sydney", "a-b-1"])
    func regionsOfTwilioFormAreHostParts(text: String) {
        #expect(Endpoints.isHostPart(text))
    }

    @Test(arguments: ["", "IE1", "ie1.", "x.evil.com/", "ie1 x", "ie1\u{1B}", "é", "ie1:443", "a_b"])
    func anythingElseIsNot(text: String) {
        #expect(!Endpoints.isHostPart(text))
    }

    /// An escape in a rejected value is shown escaped.
    @Test func aRejectedValueIsShownEscaped() {
        let text = ConfigurationError.invalidHostPart(variable: "TWILIO_REGION", text: "\u{1B}]0;x\u{7}").description
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("\\e]0;x"))
    }

    @Test func configurationErrorsNameVariablesNotValues() {
        let text = ConfigurationError.incompleteCredentials(missing: ["TWILIO_AUTH_TOKEN"]).description
        #expect(text == "incomplete credentials: also set TWILIO_AUTH_TOKEN")
    }
}
