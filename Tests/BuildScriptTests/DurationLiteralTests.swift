import BuildScript
import Testing

/// Durations read from outside a script (command-line flags) with the language's grammar.
@Suite("Duration literals outside scripts")
struct DurationLiteralTests {
    @Test(arguments: [
        ("300ms", 0.3), ("1.5s", 1.5), ("0s", 0), ("0", 0), ("2m", 120), ("1h", 3600), ("0.25s", 0.25),
        ("1h30m", 5400), ("7d", 604_800), ("2w", 1_209_600), (" 5s ", 5),
    ])
    func readsWhatAScriptLiteralMeans(text: String, seconds: Double) {
        #expect(DurationLiteral.seconds(in: text) == seconds)
    }

    @Test(arguments: ["", "ms", "1.5", "-1s", "1x", "1.2.3s", "abc", "5s 5s", "5s;", "\"5s\"", "1", "$x"])
    func refusesAnythingButOneLiteral(text: String) {
        #expect(DurationLiteral.seconds(in: text) == nil)
    }
}
