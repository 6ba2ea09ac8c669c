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

    /// `text` with each of its characters percent-encoded, `%XX` or `%xx`.
    static func percentEncoded(_ text: String, lowercase: Bool = false) -> String {
        text.utf8.map { String(format: lowercase ? "%%%02x" : "%%%02X", $0) }.joined()
    }

    static let basic = Data("AC\(String(repeating: "a1", count: 16)):\(token)".utf8).base64EncodedString()

    @Test(arguments: [
        "PageToken=" + percentEncoded(token),
        "PageToken=" + percentEncoded(token, lowercase: true),
        "PageToken=" + String(token.prefix(10)) + percentEncoded(String(token.dropFirst(10))),
        "Authorization=Basic%20" + basic.replacingOccurrences(of: "=", with: "%3D").replacingOccurrences(of: "+", with: "%2B"),
    ])
    func redactsTheSecretPercentEncodedInAnyMixture(text: String) {
        #expect(Self.credentials.isRevealed(in: text))
        let redacted = Self.credentials.redacting(text)
        #expect(redacted.hasSuffix(Credentials.redactionMark))
        #expect(!Self.credentials.isRevealed(in: redacted))
    }

    @Test func redactsEveryOccurrenceAndKeepsTheRest() {
        let text = "a \(Self.token) b \(Self.percentEncoded(Self.token)) c ünï 👍 %zz %4"
        #expect(Self.credentials.redacting(text) == "a [redacted] b [redacted] c ünï 👍 %zz %4")
    }

    @Test func aSecretWithASpaceIsFoundFormEncodedToo() {
        let credentials = Credentials.apiKey("SK1", secret: "pass phrase+1")
        #expect(credentials.redacting("s=pass+phrase%2B1&t=pass%20phrase+1") == "s=[redacted]&t=[redacted]")
    }

    @Test func shownRedactsThenEscapes() {
        let text = "\(Self.token)\u{1B}]0;x\u{7}\n"
        #expect(ServerText.shown(text, redacting: Self.credentials) == "[redacted]\\e]0;x\\u{7}\\n")
        #expect(ServerText.shown(text, redacting: Self.credentials, keepingLineBreaks: true) == "[redacted]\\e]0;x\\u{7}\n")
        #expect(ServerText.shown(text, redacting: nil).hasPrefix(Self.token))
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
