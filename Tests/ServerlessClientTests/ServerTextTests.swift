import Foundation
import Testing
@testable import ServerlessClient

/// Server text is shown, never obeyed; the secret never shows in any of its forms.
@Suite struct ServerTextTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("\u{1B}]0;owned\u{7}", "\\e]0;owned\\u{7}"),
        ("\u{1B}[2J\rfake", "\\e[2J\\rfake"),
        ("a\nb\tc", "a\\nb\\tc"),
        ("del\u{7F} c1\u{9B}", "del\\u{7f} c1\\u{9b}"),
        ("ünïcödé 👍", "ünïcödé 👍"),
    ])
    func escapesControlCharacters(raw: String, shown: String) {
        #expect(ServerText.escaped(raw) == shown)
    }

    @Test func keepsLineBreaksWhenAsked() {
        #expect(ServerText.escaped("a\nb\t\u{1B}c", keepingLineBreaks: true) == "a\nb\t\\ec")
    }

    static let token = "0123456789abcdef0123456789abcdef"
    static let credentials = Credentials.authToken(accountSid: "AC" + String(repeating: "a1", count: 16), authToken: token)

    @Test(arguments: [
        token,
        token.uppercased(),
        "prefix\(token)suffix",
        "Basic " + Data("AC\(String(repeating: "a1", count: 16)):\(token)".utf8).base64EncodedString(),
        String(Data("AC\(String(repeating: "a1", count: 16)):\(token)".utf8).base64EncodedString().prefix { $0 != "=" }),
    ])
    func redactsTheSecretInEveryForm(text: String) {
        #expect(Self.credentials.isRevealed(in: text))
        let redacted = Self.credentials.redacting(text)
        #expect(redacted.contains(Credentials.redactionMark))
        #expect(!Self.credentials.isRevealed(in: redacted))
    }

    @Test func leavesOrdinaryTextAlone() {
        #expect(Self.credentials.redacting("list builds service=demo") == "list builds service=demo")
        let short = Credentials.authToken(accountSid: "AC1", authToken: "abc")
        #expect(short.redacting("abc abc") == "abc abc")
    }

    @Test(arguments: [("90", 90_000), ("2.5", 2_500), ("500ms", 500), ("30s", 30_000), ("2m", 120_000)])
    func deadlineVariablesAcceptSecondsOrUnits(text: String, milliseconds: Int64) throws {
        let configuration = try ServerlessClient.Configuration.fromEnvironment([
            "TWILIO_ACCOUNT_SID": "AC1", "TWILIO_AUTH_TOKEN": "secret-token", "BUILDSH_TIMEOUT": text,
            "BUILDSH_IDLE_TIMEOUT": text,
        ])
        #expect(configuration.requestTimeout == .milliseconds(milliseconds))
        #expect(configuration.idleTimeout == .milliseconds(milliseconds))
    }

    @Test(arguments: ["0", "-1", "nan", "inf", "soon", "2d", "1e9"])
    func badDeadlinesAreRefusedByName(text: String) {
        #expect(throws: ConfigurationError.invalidDeadline(variable: "BUILDSH_TIMEOUT", text: text)) {
            try ServerlessClient.Configuration.fromEnvironment([
                "TWILIO_ACCOUNT_SID": "AC1", "TWILIO_AUTH_TOKEN": "secret-token", "BUILDSH_TIMEOUT": text,
            ])
        }
    }
}
