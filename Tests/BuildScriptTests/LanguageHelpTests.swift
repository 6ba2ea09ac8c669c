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
        #expect(text.contains("Language (help WORD): and asc break"))
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
}
