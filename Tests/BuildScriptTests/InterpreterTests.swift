import BuildScript
import Foundation
import Testing

/// Behaviour of the embedding API that script files cannot show: results, hooks, rendering,
/// completion, cancellation and values built by hosts.
@Suite("Interpreter API")
struct InterpreterTests {
    private func interpreter(_ host: TestHost = TestHost(), options: InterpreterOptions = InterpreterOptions(), builds: Int = 0) -> Interpreter {
        let interpreter = Interpreter(host: host, options: options)
        interpreter.register(FakeStore(buildCount: builds).verbs)
        return interpreter
    }

    @Test("outcomes: value, exit, syntax errors, runtime error with call stack")
    func outcomes() async {
        let i = interpreter()
        #expect(await i.evaluate("let x = 2\n$x * 21") == .success(.number(42)))
        #expect(await i.evaluate("exit 7") == .exit(7))
        guard case .syntaxErrors(let diagnostics) = await i.evaluate("let = 1\nlet = 2", file: "a.bsh") else {
            Issue.record("expected syntax errors")
            return
        }
        #expect(diagnostics.map(\.range.description) == ["a.bsh:1:5", "a.bsh:2:5"])
        let source = "def inner() { return 1 / 0 }\ndef outer() { return inner() }\nouter()"
        guard case .failure(let error) = await i.evaluate(source, file: "s.bsh") else {
            Issue.record("expected a runtime error")
            return
        }
        #expect(error.message == "division by zero")
        #expect(error.range.description == "s.bsh:1:22")
        #expect(error.callStack.map(\.procedure) == ["inner", "outer"])
        #expect(error.callStack.map(\.callRange.description) == ["s.bsh:2:22", "s.bsh:3:1"])
    }

    @Test("the renderer shows file:line:col, the line, a caret, suggestion and notes")
    func rendering() async {
        let i = interpreter()
        let outcome = await i.evaluate("let build = 1\ndef f() { delete biuld $build }\nf()", file: "c.bsh")
        let text = DiagnosticRenderer(interpreter: i).render(outcome)
        #expect(text == """
            c.bsh:2:18: error: unknown noun 'biuld' for 'delete' (did you mean 'build'?)
            def f() { delete biuld $build }
                             ^~~~~
            note: nouns: build
            note: in f() called at c.bsh:3:1

            """)
        let coloured = DiagnosticRenderer(interpreter: i, colour: true).render(outcome) ?? ""
        #expect(coloured.contains("\u{1B}[1;31merror:"))
        let usage = await i.evaluate("create build runtime=node22 bogus=1", file: "u.bsh")
        #expect(DiagnosticRenderer(interpreter: i).render(usage)?.contains(
            "note: usage: create build [functions=LIST] [dependencies=RECORD] runtime=node18|node20|node22") == true)
    }

    @Test("a host's text rule applies to every piece before colour: message, notes, quoted line, file")
    func renderingThroughTheHostsTextRule() async {
        let i = interpreter()
        let source = "let t = 1\n\tlet s = \"secret\"; let x = error(\"bad \\u{1B}]0;owned\\u{7} secret\")"
        let outcome = await i.evaluate(source, file: "f\u{1B}.bsh")
        var renderer = DiagnosticRenderer(interpreter: i, colour: true)
        renderer.shown = { $0.replacingOccurrences(of: "\u{1B}", with: "\\e").replacingOccurrences(of: "\u{7}", with: "\\a")
            .replacingOccurrences(of: "secret", with: "[redacted]") }
        let text = renderer.render(outcome) ?? ""
        #expect(text.contains("f\\e.bsh:2:28:"))
        #expect(text.contains("bad \\e]0;owned\\a [redacted]"))
        #expect(text.contains("\u{1B}[1;31merror:"), "the renderer's own colours stay")
        let withoutColour = text.replacingOccurrences(of: "\u{1B}[0m", with: "")
            .replacingOccurrences(of: "\u{1B}[1;31m", with: "").replacingOccurrences(of: "\u{1B}[1;32m", with: "")
            .replacingOccurrences(of: "\u{1B}[1m", with: "")
        #expect(!withoutColour.contains("\u{1B}"), "no other escape: \(withoutColour)")
        // The caret stands under the call in the shown line: the tab is kept, the redaction before it
        // widens the line.
        let quoted = "\tlet s = \"[redacted]\"; let x = error(\"bad \\u{1B}]0;owned\\u{7} [redacted]\")"
        #expect(withoutColour.contains(quoted + "\n\t" + String(repeating: " ", count: 30) + "^~"))
    }

    @Test("variables persist between evaluations and hosts can set them")
    func session() async {
        let i = interpreter()
        i.setVariable("service", to: ["sid": "ZS1", "unique_name": "demo"])
        _ = await i.evaluate("let greeting = \"hi ${$service.unique_name}\"")
        #expect(i.variable("greeting") == .string("hi demo"))
        #expect(i.variableNames.contains("service"))
        _ = await i.evaluate("def twice(x) { return $x * 2 }")
        #expect(await i.evaluate("twice(4)") == .success(.number(8)))
    }

    @Test("completion: commands, nouns, parameters, values, variables and fields")
    func completion() async {
        let i = interpreter()
        i.setVariable("build", to: ["sid": "ZB1", "status": "completed"])
        #expect(i.completions(for: "cre").map(\.text) == ["create"])
        #expect(i.completions(for: "create b").map(\.text) == ["build", "builds"])
        #expect(i.completions(for: "create function v").map(\.text) == ["version", "versions"])
        #expect(i.completions(for: "create build ru").map(\.text) == ["runtime="])
        #expect(i.completions(for: "create build runtime=node2").map(\.text) == ["runtime=node20", "runtime=node22"])
        #expect(i.completions(for: "print $bu").map(\.text) == ["$build"])
        #expect(i.completions(for: "print $build.st").map(\.text) == ["$build.status"])
        #expect(i.completions(for: "let b = fetch b").map(\.text) == ["build", "builds"])
        #expect(Interpreter.completionWordStart(in: "print $build.st", cursor: 15) == 6)
        let safe = interpreter(options: InterpreterOptions(safeMode: true))
        #expect(safe.completions(for: "del").isEmpty)
        #expect(safe.verbs.allSatisfy { !$0.isDestructive })
    }

    @Test("progress events for a parallel loop, in order, with failures")
    func progress() async {
        let host = TestHost()
        let i = interpreter(host)
        _ = await i.evaluate("try { foreach x in [1, 0, 2] parallel 2 { 1 / $x } } catch e { }")
        let events = host.progressEvents
        guard case .started(let id, let total, _)? = events.first, case .finished(_, let summary)? = events.last else {
            Issue.record("missing start or finish: \(events)")
            return
        }
        #expect(total == 3)
        #expect(summary.succeeded == 2 && summary.failed == 1 && summary.skipped == 0)
        let failed = events.compactMap { event -> Int? in
            if case .itemFailed(id, let index, let error) = event, error.message == "division by zero" { return index }
            return nil
        }
        #expect(failed == [1])
        #expect(events.count == 5)
    }

    @Test("confirmation carries verb, noun and count; dry run reaches the verb")
    func confirmation() async {
        let host = TestHost()
        let i = interpreter(host, builds: 2)
        _ = await i.evaluate("foreach b in (list builds | first 2) { delete build $b }")
        #expect(host.confirmations.map(\.verb) == ["delete"])
        #expect(host.confirmations.first?.noun == Noun("build"))
        #expect(host.confirmations.first?.count == 2)
        #expect(host.confirmations.first?.question == "Delete up to 2 builds?")
        let dry = interpreter(host, options: InterpreterOptions(dryRun: true), builds: 1)
        #expect(await dry.evaluate("delete build ZB00000000000000000000000000000000")
            == .success(.string("would delete ZB00000000000000000000000000000000")))
    }

    @Test("cancellation stops a running loop")
    func cancellation() async {
        let i = interpreter()
        let task = Task { await i.evaluate("let n = 0\nwhile true { n += 1 }") }
        try? await Task.sleep(nanoseconds: 50_000_000)
        task.cancel()
        #expect(await task.value == .cancelled)
        let sleeper = Task { await i.evaluate("foreach x in range(1000) { sleep 1s }") }
        try? await Task.sleep(nanoseconds: 50_000_000)
        sleeper.cancel()
        #expect(await sleeper.value == .cancelled)
    }

    @Test("Value JSON round trip keeps order and types")
    func json() throws {
        let text = #"{"z":1,"a":[true,null,"x\ny",2.5],"m":{"k":"\u00e9"}}"#
        let value = try Value(json: text)
        #expect(value.recordValue.map { Array($0.keys) } == ["z", "a", "m"])
        #expect(value.toJSON() == #"{"z":1,"a":[true,null,"x\ny",2.5],"m":{"k":"é"}}"#)
        #expect(throws: JSONError.self) { try Value(json: "{\"a\":}") }
        let fromFoundation = Value(jsonObject: ["b": 1, "a": [true, "s"]] as [String: Any])
        #expect(fromFoundation == ["a": [true, "s"], "b": 1])
        #expect(Value.time(Date(timeIntervalSince1970: 0)).toJSON() == "\"1970-01-01T00:00:00Z\"")
    }

    @Test("streams handed to the host stay lazy; host errors while consuming become script errors")
    func streams() async {
        let host = TestHost()
        let i = interpreter(host, builds: 5)
        let outcome = await i.evaluate("list builds | where nope == 1", file: "s.bsh")
        guard case .failure(let error) = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
        #expect(error.message == "no field 'nope' in this record")
        #expect(error.range.description == "s.bsh:1:21")
    }

    @Test("standard libraries can be left closed")
    func libraries() async {
        let i = Interpreter(host: TestHost(), options: InterpreterOptions(libraries: [.core]))
        guard case .failure(let error) = await i.evaluate("env(\"HOME\")") else {
            Issue.record("env should be unknown")
            return
        }
        #expect(error.message == "unknown command 'env'")
        let full = Interpreter(host: TestHost())
        #expect(await full.evaluate("type(env(\"PATH\"))") == .success(.string("string")))
        #expect(await full.evaluate("env(\"BUILDSCRIPT_SURELY_UNSET\", \"fallback\")") == .success(.string("fallback")))
    }
}
