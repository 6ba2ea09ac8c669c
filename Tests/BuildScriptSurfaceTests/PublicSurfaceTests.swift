// Compiled against the public API only (a plain import, in a target of its own): if the embedding
// path needs something that is not public, this file stops compiling.
import BuildScript
import Synchronization
import Testing

/// A host that keeps what the script outputs, as text.
private final class RecordingHost: InterpreterHost {
    private let lines = Mutex<[String]>([])

    var output: [String] { lines.withLock { $0 } }

    func output(_ value: Value, from range: SourceRange) async throws {
        lines.withLock { $0.append(value.description) }
    }
}

@Suite("The public embedding surface")
struct PublicSurfaceTests {
    /// `greet NAME [punctuation=TEXT]`, registered from a table as a host would.
    private static let greet = Verb(
        "greet", summary: "Say hello.",
        parameters: [.positional("name", .string, doc: "who"), .named("punctuation", .string, doc: "the ending")],
        example: "greet world punctuation=!"
    ) { arguments, _ in
        .string("hello, \(arguments.string("name") ?? "")\(arguments.string("punctuation") ?? ".")")
    }

    @Test("make an interpreter, register a verb, run a script, read its output")
    func runsAScript() async {
        let host = RecordingHost()
        let interpreter = Interpreter(host: host, options: InterpreterOptions(safeMode: true))
        interpreter.register([Self.greet])
        interpreter.setVariable("who", to: "embedder")

        let outcome = await interpreter.evaluate("greet $who punctuation=!\nlet n = len([1, 2, 3])\n$n * 2", file: "host.bsh")

        #expect(outcome == .success(.number(6)))
        #expect(host.output == ["hello, embedder!", "6"])
        #expect(interpreter.variable("n") == .number(3))
        #expect(interpreter.verb(named: "greet", noun: nil)?.summary == "Say hello.")
    }

    @Test("a syntax error is a diagnostic with a location; the renderer shows it with a caret")
    func readsASyntaxDiagnostic() async {
        let interpreter = Interpreter(host: RecordingHost())
        guard case .syntaxErrors(let diagnostics) = await interpreter.evaluate("let = 1", file: "bad.bsh") else {
            Issue.record("expected a syntax error")
            return
        }
        let diagnostic = diagnostics[0]
        #expect(diagnostic.range.description == "bad.bsh:1:5")
        let text = DiagnosticRenderer(interpreter: interpreter).render(diagnostic)
        #expect(text.hasPrefix("bad.bsh:1:5: error: "))
        #expect(text.contains("let = 1\n    ^"))
    }

    @Test("a runtime error names the verb's argument problem, with a suggestion")
    func readsARuntimeError() async {
        let interpreter = Interpreter(host: RecordingHost())
        interpreter.register([Self.greet])
        guard case .failure(let error) = await interpreter.evaluate("greet x punctuaton=!", file: "typo.bsh") else {
            Issue.record("expected a runtime error")
            return
        }
        #expect(error.range.file == "typo.bsh")
        #expect(error.message.contains("punctuaton"))
        #expect(error.suggestion?.contains("punctuation") == true)
    }

    @Test("the REPL helpers: completeness, completion, syntax check, help")
    func replHelpers() async {
        #expect(Interpreter.isComplete("if true {") == false)
        #expect(Interpreter.isComplete("print 1"))
        #expect(Interpreter.check("let = 1", file: "c.bsh").count == 1)
        let interpreter = Interpreter(host: RecordingHost())
        interpreter.register([Self.greet])
        #expect(interpreter.completions(for: "gre", cursor: 3).map(\.text).contains("greet"))
        #expect(await interpreter.evaluate("help where") != .success(.null))
        #expect(DurationLiteral.seconds(in: "1h30m") == 5400)
    }

    @Test("a host finds the values of sensitive parameters to keep them out of what it writes down")
    func sensitiveArguments() throws {
        let interpreter = Interpreter(host: RecordingHost())
        interpreter.register([
            Verb("store", summary: "Keep a secret.", parameters: [.named("name", .string), .named("value", .string, sensitive: true)]) { _, _ in .null }
        ])
        let source = #"store name=api value="s3cr3t""#
        let found = try #require(interpreter.sensitiveArguments(in: source))
        #expect(found.map(\.otherArguments) == [["name": "api"]])
        #expect(SensitiveArgument.replacing(found, in: source) { _ in "(withheld)" } == "store name=api value=(withheld)")
    }
}
