import BuildScript
import ServerlessClient
import TestSupport
import Testing

@testable import ServerlessVerbs

/// Presenter mode: what is shown hides the account, the API key, secrets and variable values, and
/// tables shorten SIDs; the values themselves stay whole.
struct PresenterModeTests {
    static let account = "AC" + String(repeating: "a1", count: 16)
    static let key = "SK" + String(repeating: "b2", count: 16)
    static let build = "ZB0123456789abcdef0123456789ab3f2a"
    static let variable = "ZV" + String(repeating: "d4", count: 16)
    static let credentials = Credentials.apiKey(key, secret: "key-secret-0123456789", accountSid: account)

    static func variableRecord(value: String) -> Value {
        .record(["sid": .string(variable), "account_sid": .string(account), "key": .string("API_KEY"),
                 "value": .string(value)])
    }

    @Test(arguments: [
        (build, "ZB…3f2a"),
        ("demo", "demo"),
        ("ZB0123", "ZB0123"),
        ("zb0123456789abcdef0123456789ab3f2a", "zb0123456789abcdef0123456789ab3f2a"),
        ("ZB0123456789abcdef0123456789ab3f2g", "ZB0123456789abcdef0123456789ab3f2g"),
    ])
    func onlyASIDIsShortened(text: String, shown: String) {
        #expect(PresenterMode.shortened(text) == shown)
    }

    @Test func offChangesNothing() {
        let mode = PresenterMode()
        let record = Self.variableRecord(value: "s3cret-value")
        #expect(mode.displayed(record, in: .table, credentials: Self.credentials) == record)
        #expect(mode.masking("\(Self.account) \(Self.key)", credentials: Self.credentials) == "\(Self.account) \(Self.key)")
    }

    @Test func tablesShortenSIDsAndHideTheAccountAndTheVariablesValue() {
        let mode = PresenterMode(isOn: true)
        let shown = mode.displayed(.list([Self.variableRecord(value: "s3cret-value"), .record(["sid": .string(Self.build)])]),
                                   in: .table, credentials: Self.credentials)
        #expect(shown == .list([
            .record(["sid": "ZV…d4d4", "account_sid": "[hidden]", "key": "API_KEY", "value": "[hidden]"]),
            .record(["sid": "ZB…3f2a"]),
        ]))
    }

    /// Reproducer: at 80 columns `explain config` showed `API key SKb2b2b2…`, cut by the table before
    /// the text was masked, so no whole SID was left to match; a long value cut short leaked the same way.
    @Test(arguments: [OutputFormat.table, .json])
    func everyStringIsMaskedBeforeLayoutCutsIt(format: OutputFormat) {
        let mode = PresenterMode(isOn: true)
        mode.remember(resource: Self.variableRecord(value: "a long and secret greeting"))
        let shown = mode.displayed(.list([
            .record(["setting": "credentials", "value": .string("API key \(Self.key)")]),
            .record(["key": "GREETING", "value": "a long and secret greeting"]),
            .record(["note": .string("secret key-secret-0123456789 in \(Self.account)")]),
        ]), in: format, credentials: Self.credentials)
        #expect(shown == .list([
            .record(["setting": "credentials", "value": "API key [hidden]"]),
            .record(["key": "GREETING", "value": "[hidden]"]),
            .record(["note": "secret [redacted] in [hidden]"]),
        ]))
    }

    @Test(arguments: [OutputFormat.json, .ndjson, .tsv])
    func otherFormatsKeepSIDsWholeButHideTheValue(format: OutputFormat) {
        let mode = PresenterMode(isOn: true)
        let shown = mode.displayed(Self.variableRecord(value: "s3cret-value"), in: format, credentials: Self.credentials)
        #expect(shown["sid"] == .string(Self.variable))
        #expect(shown["value"] == "[hidden]")
    }

    @Test func aShortValueIsHiddenInItsFieldButNotSearchedForElsewhere() {
        let mode = PresenterMode(isOn: true)
        #expect(mode.displayed(Self.variableRecord(value: "1"), in: .json, credentials: nil)["value"] == "[hidden]")
        #expect(mode.masking("version 1", credentials: nil) == "version 1")
    }

    @Test func textHidesTheSIDsTheirShortFormsAndValuesSeenBeforeTheModeWasOn() {
        let mode = PresenterMode()
        mode.remember(resource: .list([Self.variableRecord(value: "s3cret-value")]))
        let line = "account \(Self.account) key \(Self.key) as AC\(String(repeating: "a1", count: 2))…a1a1: s3cret-value!"
        #expect(mode.masking(line, credentials: Self.credentials) == line)
        mode.isOn = true
        #expect(mode.masking(line, credentials: Self.credentials) == "account [hidden] key [hidden] as [hidden]: [hidden]!")
        #expect(mode.masking("no credentials", credentials: nil) == "no credentials")
    }

    /// Reproducer: `buildsh --presenter --verbose` traced `Key=GREETING&Value=Hello%20from%20buildsh`
    /// and `"value":"Hello from buildsh"` before any result told presenter mode the value.
    @Test func aTraceHidesVariableValuesInFormsAndJSON() {
        let mode = PresenterMode()
        let form = "Key=GREETING&Value=Hello%20from%20buildsh"
        #expect(mode.traced(body: form) == form)
        mode.isOn = true
        #expect(mode.traced(body: form) == "Key=GREETING&Value=[hidden]")
        #expect(mode.traced(body: "Value=a&Key=B") == "Value=[hidden]&Key=B")
        #expect(mode.traced(body: "FriendlyName=Value=x") == "FriendlyName=Value=x")
        #expect(mode.traced(body: #"{"key":"GREETING","value":"Hello \"from\" buildsh","sid":"ZV1"}"#)
            == #"{"key":"GREETING","value":"[hidden]","sid":"ZV1"}"#)
        #expect(mode.traced(body: #"{"variables": [{"value" : "cut mid-valu"#) == #"{"variables": [{"value" : "[hidden]""#)
    }

    @Test func theLongestHiddenTextIsReplacedWhole() {
        #expect(PresenterMode.masking("abcdefgh abcd", hiding: ["abcd", "abcdefgh"]) == "[hidden] [hidden]")
    }

    @Test func standardErrorHidesWhatPresenterModeHides() {
        let mode = PresenterMode(isOn: true)
        let text = StandardErrorText(redacting: { Self.credentials }, presenter: mode)
        #expect(text.shown("error: \(Self.account)/\(Self.key) key-secret-0123456789\u{7}\n")
            == "error: [hidden]/[hidden] [redacted]\\u{7}\n")
        mode.isOn = false
        #expect(text.shown(Self.account) == Self.account)
    }

    /// Reproducer: with presenter mode off, the secret was redacted from a table's text only after
    /// the table had cut its cells to the terminal's width, so a cell holding it showed its start.
    @Test func aTableCutToTheTerminalNeverShowsTheStartOfTheSecret() async throws {
        var options = VerbOptions()
        options.terminalWidth = { 40 }
        try await ScriptHarness.run(options: options) { harness in
            let token = SandboxHarness.authToken
            let table = try await harness.run(#"[{key: "echo", text: "the server sent \#(token) back to us, at length"}]"#)
            #expect(!table.contains(String(token.prefix(8))), "\(table)")
            #expect(table.contains("[redacted]") || table.contains("[redac"), "\(table)")
        }
    }

    @Test func aSessionShowsShortSIDsWhileVariablesKeepThemWhole() async throws {
        var options = VerbOptions()
        options.presenter = PresenterMode(isOn: true)
        try await ScriptHarness.run(options: options) { harness in
            let table = try await harness.run("""
                let svc = create service unique_name=demo friendly_name=Demo
                create environment service=demo unique_name=stage domain_suffix=stage
                let var = create variable service=demo environment=stage key=TOKEN value="tea-for-two-42"
                print "value ${$var.value}"
                $svc
                """)
            let sid = try #require(harness.variable("svc")["sid"].stringValue)
            #expect(sid.count == 34)
            #expect(table.contains("ZS…\(sid.suffix(4))"))
            #expect(!table.contains(sid))
            #expect(!table.contains("tea-for-two-42"))
            #expect(!table.contains(SandboxHarness.accountSid))
            #expect(table.contains("value [hidden]"))
            #expect(harness.variable("var")["value"] == "tea-for-two-42")
            let failure = await harness.failure(#"error("no " + $var.value + " in " + $svc.account_sid)"#)
            #expect(failure?.message.contains("tea-for-two-42") == true, "the error value is whole; the host's stderr hides it")
            harness.session.outputFormat = .json
            let json = try await harness.run("$svc")
            #expect(json.contains(sid))
            #expect(!json.contains(SandboxHarness.accountSid))
        }
    }
}
