import BuildScript
import ServerlessClient
import TestSupport
import Testing

@testable import ServerlessVerbs

/// Standard error's one rule: the secret redacted, control characters escaped, and only the shell's
/// own sequences (a progress line's redraw, a diagnostic's colours) written as they are.
struct StandardErrorTextTests {
    static let token = "0123456789abcdef0123456789abcdef"
    static let credentials = Credentials.authToken(accountSid: "AC" + String(repeating: "a1", count: 16), authToken: token)
    static let text = StandardErrorText { credentials }

    @Test(arguments: [
        ("item 0 (ZB\u{1B}]0;owned\u{7}): no\n", "item 0 (ZB\\e]0;owned\\u{7}): no\n"),
        ("date \(token)\tend\r\n", "date [redacted]\tend\\r\n"),
        ("c1 \u{9B}2J and DEL \u{7F}", "c1 \\u{9b}2J and DEL \\u{7f}"),
        ("plain", "plain"),
    ])
    func redactsAndEscapesEverythingButLineBreaksAndTabs(raw: String, shown: String) {
        #expect(Self.text.shown(raw) == shown)
    }

    @Test func aProgressLineKeepsItsOwnRedrawOnly() {
        let frame = LiveProgressLine.redraw + "⠋ ZB\u{1B}[2K \(Self.token) building\r"
        #expect(Self.text.shown(frame) == LiveProgressLine.redraw + "⠋ ZB\\e[2K [redacted] building\\r")
        #expect(Self.text.shown("note " + LiveProgressLine.redraw) == "note \\r\\e[2K")
    }

    @Test func theSecretIsAskedForAtEachUse() {
        let source = Recorder<Credentials?>()
        let text = StandardErrorText { source.values.last ?? nil }
        #expect(text.shown(Self.token) == Self.token)
        source.append(Self.credentials)
        #expect(text.shown(Self.token) == Credentials.redactionMark)
        #expect(StandardErrorText.escaping.shown("\(Self.token)\u{1B}") == Self.token + "\\e")
    }

    @Test func aClientsSecretIsRedacted() async throws {
        try await SandboxHarness.run { _, client in
            let text = StandardErrorText(redactingSecretOf: client)
            #expect(text.shown("echo \(SandboxHarness.authToken)\u{7}") == "echo [redacted]\\u{7}")
        }
    }

    @Test func diagnosticsAreColouredAfterTheirTextIsMadeSafe() async {
        let interpreter = Interpreter(host: StandardVerbHost())
        let outcome = await interpreter.evaluate(#"error("\u{1B}]0;owned\u{7} \#(Self.token)")"#, file: "t.bsh")
        let coloured = Self.text.renderer(for: interpreter, colour: true).render(outcome) ?? ""
        #expect(coloured.hasPrefix("\u{1B}[1mt.bsh:1:1:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m \u{1B}[1m\\e]0;owned\\u{7} [redacted]"))
        #expect(!coloured.contains(Self.token))
        let plain = Self.text.renderer(for: interpreter, colour: false).render(outcome) ?? ""
        #expect(!plain.contains("\u{1B}"))
    }
}
