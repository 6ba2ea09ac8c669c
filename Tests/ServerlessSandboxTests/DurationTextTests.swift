import ServerlessSandbox
import Testing

@Suite("Duration text")
struct DurationTextTests {
    @Test(arguments: [
        ("300ms", Duration.milliseconds(300)), ("1.5s", .milliseconds(1500)), ("0s", .zero), ("0", .zero),
        ("2m", .seconds(120)), ("1h", .seconds(3600)), ("0.25s", .milliseconds(250)),
    ])
    func parses(text: String, expected: Duration) throws {
        #expect(try DurationText.parse(text) == expected)
    }

    @Test(arguments: ["", "ms", "1.5", "-1s", "1x", "1.2.3s", "abc", "1e3s", "99999999999999999h"])
    func rejects(text: String) {
        #expect(throws: DurationText.ParseError(text: text)) { try DurationText.parse(text) }
    }

    @Test(arguments: [(Duration.milliseconds(300), "300ms"), (.milliseconds(1500), "1.5s"), (.zero, "0s"), (.seconds(2), "2s")])
    func formats(duration: Duration, text: String) {
        #expect(DurationText.format(duration) == text)
    }
}
