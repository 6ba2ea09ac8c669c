import BuildScript
import Foundation
import Testing

/// The limits as hosts see them: each one is an error with a location, in linear time, never a
/// crash; hosts can tighten or loosen them in ``InterpreterOptions/limits``.
@Suite("Limits")
struct LimitsTests {
    private func evaluate(_ source: String, limits: Limits = .standard, host: TestHost = TestHost()) async -> Outcome {
        await Interpreter(host: host, options: InterpreterOptions(limits: limits)).evaluate(source, file: "t.bsh")
    }

    private func seconds(_ work: () async -> Void) async -> Double {
        let clock = ContinuousClock()
        let elapsed = await clock.measure { await work() }
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    @Test("syntax errors stop at the limit with 'too many errors', in linear time", arguments: [
        String(repeating: "+\n", count: 10_000),
        String(repeating: "}", count: 8_000),
        String(repeating: "let = 1\n", count: 5_000),
        String(repeating: "\"${}\"\n", count: 5_000),
    ])
    func syntaxErrorCap(source: String) async {
        var outcome = Outcome.success(.null)
        let time = await seconds { outcome = await evaluate(source) }
        guard case .syntaxErrors(let diagnostics) = outcome else {
            Issue.record("expected syntax errors")
            return
        }
        #expect(diagnostics.count == 51)
        #expect(diagnostics.last?.message == "too many errors (50 shown); fix these and run again")
        let interpreter = Interpreter(host: TestHost())
        _ = await interpreter.evaluate(source, file: "t.bsh")
        let renderer = DiagnosticRenderer(interpreter: interpreter)
        var text = ""
        let renderTime = await seconds { text = renderer.render(diagnostics) }
        #expect(time + renderTime < 5, "parse \(time) s, render \(renderTime) s")
        // Quoted lines are clipped: the output stays small even when one line holds every error.
        #expect(text.utf8.count < 51 * 500)
    }

    @Test("a long line is quoted as a window around the column")
    func clippedLine() async {
        let source = String(repeating: "x", count: 1000) + " = = 1"
        guard case .syntaxErrors(let diagnostics) = await evaluate(source) else {
            Issue.record("expected a syntax error")
            return
        }
        let text = DiagnosticRenderer { _ in source }.render(diagnostics)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("…") && lines[1].hasSuffix("= = 1"))
        #expect(lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
            == lines[1].count - 3)
    }

    @Test("a value holding its own earlier versions is measured once per version, not once per path")
    func sharedVersionsAreMeasuredOnce() async {
        var outcome = Outcome.success(.null)
        // Before: the depth check visited q's versions 2^n times (n = 30 took 24 s in a release build).
        let time = await seconds {
            outcome = await evaluate("""
                let q = [1]
                foreach i in range(150) { q += [$q] }
                let d = [1]
                foreach i in range(150) { d = [$d, $d] }
                len($q) + len($d)
                """)
        }
        guard case .success(let value) = outcome else {
            Issue.record("expected success, got \(outcome)")
            return
        }
        #expect(value == .number(153))
        #expect(time < 5)
        let tooDeep = await evaluate("let d = [1]; foreach i in range(300) { d = [$d, $d] }")
        guard case .failure(let error) = tooDeep else {
            Issue.record("expected the depth limit")
            return
        }
        #expect(error.message.contains("nested too deeply"))
    }

    @Test("an unknown 400,000-character word gets no suggestion search and a short message")
    func longWord() async {
        let word = String(repeating: "a", count: 400_000)
        var outcome = Outcome.success(.null)
        let time = await seconds { outcome = await evaluate(word) }
        guard case .failure(let error) = outcome else {
            Issue.record("expected an unknown command")
            return
        }
        #expect(time < 1.5)  // the suggestion search took 1.8 s in a release build; room for a busy debug run
        #expect(error.suggestion == nil)
        #expect(error.message == "unknown command '\(String(repeating: "a", count: 40))…'")
    }

    @Test("recursion errors collapse repeated frames")
    func collapsedFrames() async {
        guard case .failure(let error) = await evaluate("def f(n) { return f($n + 1) }\nf(0)") else {
            Issue.record("expected the call limit")
            return
        }
        let text = DiagnosticRenderer { _ in nil }.render(error)
        let notes = text.split(separator: "\n").filter { $0.hasPrefix("note:") }
        #expect(notes == [
            "note: in f() called at t.bsh:1:19", "note: in f() called at t.bsh:1:19", "note: in f() called at t.bsh:1:19",
            "note: … 196 more calls of f() from the same place", "note: in f() called at t.bsh:2:1",
        ])
    }

    @Test("an unclosed bracket gets a note where it opened")
    func unclosedBracket() async {
        let source = "let a = [1, 2\nprint \"x\"\n"
        guard case .syntaxErrors(let diagnostics) = await evaluate(source) else {
            Issue.record("expected a syntax error")
            return
        }
        #expect(diagnostics.first?.notes.map { "\($0.range.start): \($0.message)" } == ["1:9: '[' opened here is not closed"])
        let text = DiagnosticRenderer { _ in source }.render(diagnostics)
        #expect(text.contains("t.bsh:1:9: note: '[' opened here is not closed\nlet a = [1, 2\n        ^\n"))
    }

    @Test("hosts set the limits", arguments: [
        ("print ((((1))))", "nested too deeply (more than 3 levels of brackets, blocks or operators)"),
        ("let l = 1\nforeach i in range(5) { l = [$l] }", "value nested too deeply (more than 3 levels of lists and records)"),
        ("print len(\"abcd\" * 4)", "the string would be longer than the limit of 10 bytes"),
        ("print len([1, 2, 3, 4] + [5, 6])", "the list would have more than the limit of 5 elements"),
        ("print len(range(6))", "range is too large to build as a list (6 items); loop over it with foreach"),
        ("def f() { return f() }\nf()", "too many nested procedure calls (more than 3); is the recursion endless?"),
        ("let l = []\nforeach i in range(6) { l += [$i] }", "the list would have more than the limit of 5 elements"),
        ("let l = []\nlet a = [[1]]\nl += [[$a]]", "value nested too deeply (more than 3 levels of lists and records)"),
        ("let l = []\nlet r = {a: {b: {c: 1}}}\nl += [$r]", "value nested too deeply (more than 3 levels of lists and records)"),
        ("let r = {a: 1}\nforeach i in range(5) { r = {n: $i, inner: $r} }", "value nested too deeply (more than 3 levels of lists and records)"),
        ("let s = \"\"\nforeach i in range(20) { s += \"${$i % 10}\" }", "the string would be longer than the limit of 10 bytes"),
        ("let s = \"\"\nforeach i in range(20) { s += \"a${$i}b\" }", "the string would be longer than the limit of 10 bytes"),
        ("let l = []\nlet a = [[1]]\nl += [{x: 1, y: $a}]", "value nested too deeply (more than 3 levels of lists and records)"),
    ])
    func hostLimits(source: String, message: String) async {
        let limits = Limits(syntaxDepth: 3, callDepth: 3, valueDepth: 3, stringLength: 10, listLength: 5)
        switch await evaluate(source, limits: limits) {
        case .failure(let error): #expect(error.message == message)
        case .syntaxErrors(let diagnostics): #expect(diagnostics.first?.message == message)
        default: Issue.record("no limit reached for \(source)")
        }
    }

    @Test("one UTF-8 rule: invalid bytes are a syntax error at the first bad byte, whatever the input")
    func invalidUTF8() async throws {
        let bytes: [UInt8] = Array("print \"é\"\nprint \"".utf8) + [0xFF] + Array("\"\n".utf8)
        let interpreter = Interpreter(host: TestHost())
        let expected = ["2:8: invalid UTF-8 byte 0xFF; scripts must be UTF-8 text"]
        guard case .syntaxErrors(let fromBytes) = await interpreter.evaluate(bytes: bytes, file: "<stdin>") else {
            Issue.record("bytes were accepted")
            return
        }
        #expect(fromBytes.map { "\($0.range.start): \($0.message)" } == expected)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("buildsh-utf8-\(UUID().uuidString).bsh")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        guard case .syntaxErrors(let fromFile) = await interpreter.evaluateFile(at: file.path) else {
            Issue.record("the file was accepted")
            return
        }
        #expect(fromFile.map { "\($0.range.start): \($0.message)" } == expected)
        #expect(await interpreter.evaluate(bytes: Array("1 + 1".utf8)) == .success(.number(2)))
    }

    /// Windows editors start a UTF-8 file with a byte-order mark: it is not part of the program
    /// (it was read as the start of the first word: `unknown command '\u{feff}print'`), wherever
    /// the bytes come from; anywhere else it stays what it is.
    @Test func aLeadingByteOrderMarkIsSkipped() async throws {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let host = TestHost()
        let interpreter = Interpreter(host: host)
        #expect(await interpreter.evaluate(bytes: mark + Array("1 + 1".utf8)) == .success(.number(2)))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("buildsh-bom-\(UUID().uuidString).bsh")
        try Data(mark + Array("print 42\n".utf8)).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        _ = await interpreter.evaluateFile(at: file.path)
        #expect(host.output == ["2", "42"])
        // Columns count from after the mark, as an editor shows the line.
        guard case .syntaxErrors(let errors) = await interpreter.evaluate(bytes: mark + Array("1 +".utf8)) else {
            Issue.record("an incomplete expression was accepted")
            return
        }
        #expect(errors.first?.range.start.line == 1)
        #expect(await interpreter.evaluate(bytes: Array("1".utf8) + mark) != .success(.number(1)))
    }
}
