@testable import BuildScript
import Testing

/// `help WORD` covers every word of the language, so a new keyword or stage cannot go undocumented.
@Suite("Help for the language's words")
struct LanguageHelpTests {
    static let words = Parser.keywords.sorted() + Parser.pipelineStages + Parser.contextualKeywords

    @Test("every keyword, pipeline stage and contextual keyword has help", arguments: words)
    func everyWordHasHelp(word: String) async {
        let interpreter = Interpreter(host: TestHost())
        guard case .success(.string(let text)) = await interpreter.evaluate("help \(word)") else {
            Issue.record("no help for '\(word)'")
            return
        }
        #expect(text.hasPrefix("usage: "))
        #expect(text.contains("example: "))
    }

    @Test("help entries are only for words the parser knows")
    func noStaleEntries() {
        #expect(Set(LanguageHelp.words) == Set(Self.words))
    }

    @Test("the overview names the language's words; a verb's help is unchanged")
    func overview() async {
        let interpreter = Interpreter(host: TestHost())
        guard case .success(.string(let text)) = await interpreter.evaluate("help") else {
            Issue.record("no overview")
            return
        }
        #expect(text.contains("Language words (help WORD):\n  and asc break"))
        guard case .success(.string(let foreach)) = await interpreter.evaluate("help foreach") else {
            Issue.record("no help for a bare keyword")
            return
        }
        #expect(foreach.hasPrefix("usage: foreach NAME in SOURCE [parallel N]"))
        guard case .success(.string(let print)) = await interpreter.evaluate("help print") else {
            Issue.record("no help for print")
            return
        }
        #expect(print.hasPrefix("usage: print"))
    }

    @Test("the overview groups, fits the width it is given, leaves out refusals and ends with commands to try")
    func overviewLayout() async {
        var options = InterpreterOptions()
        options.helpLayout = HelpLayout(
            width: 44, hostSections: [HelpSection(title: "Host settings", entries: [(".mode MODE", "how results are printed, as a table or as JSON")])],
            tryFirst: ["print 1", "help print", "help"])
        let interpreter = Interpreter(host: TestHost(), options: options)
        var works = Verb("erase", noun: Noun("thing"), summary: "Erase a thing.") { _, _ in .null }
        works.helpGroup = "Things"
        var refused = Verb("erase", noun: Noun("log"), summary: "Not offered.") { _, _ in .null }
        refused.helpGroup = "Things"
        refused.isRefusal = true
        interpreter.register([works, refused])
        guard case .success(.string(let text)) = await interpreter.evaluate("help") else {
            Issue.record("no overview")
            return
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 44 }, "\(text)")
        #expect(text.hasPrefix("Things (help NAME for one):\n  erase thing  Erase a thing.\n"))
        #expect(!text.contains("log"))
        #expect(text.contains("Functions by library (help NAME):\n  core"))
        #expect(text.contains("Host settings:\n  .mode MODE  how results are printed, as a\n              table or as JSON"))
        #expect(text.hasSuffix("Try first:\n  print 1\n  help print\n  help"))
        // The refusal still answers a call, and its own help.
        #expect(await interpreter.evaluate("help erase log") != .success(.null))
    }
}
