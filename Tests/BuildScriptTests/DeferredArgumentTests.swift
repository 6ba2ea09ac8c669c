import BuildScript
import Testing

/// Deferred parameters: the call hands the body the argument's expression, which it evaluates
/// when and as often as it wants, in the caller's scope.
@Suite("Deferred arguments")
struct DeferredArgumentTests {
    /// `thrice EXPR [label=…]`: evaluates EXPR three times and returns the three values; `label`
    /// is an ordinary argument, evaluated once at the call.
    private static func interpreter(host: TestHost = TestHost()) -> Interpreter {
        let interpreter = Interpreter(host: host)
        interpreter.register(
            Verb(
                "thrice", summary: "Evaluate an expression three times.",
                parameters: [.deferred("expression", positional: true, required: true), .named("label", .string)]
            ) { arguments, call in
                #expect(arguments["expression"] == .null)
                var values: [Value] = []
                for _ in 0..<3 { values.append(try await call.evaluate("expression") ?? .missing) }
                values.append(.string(call.sourceText(of: "expression") ?? "?"))
                values.append(try await call.evaluate("label") ?? .string("not deferred"))
                return .list(values)
            })
        return interpreter
    }

    @Test func theExpressionIsEvaluatedEachTimeInTheCallersScope() async {
        let interpreter = Self.interpreter()
        let outcome = await interpreter.evaluate("""
            let n = 0
            def next() { n = $n + 1; return $n }
            let got = thrice (next() * 10) label="x"
            """)
        #expect(outcome == .success(.null))
        #expect(interpreter.variable("got") == .list([10, 20, 30, "(next() * 10)", "not deferred"]))
        #expect(interpreter.variable("n") == 3)
    }

    @Test func anErrorInTheExpressionIsTheScriptsAtTheArgument() async {
        let outcome = await Self.interpreter().evaluate("thrice ($nosuch + 1)")
        guard case .failure(let error) = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
        #expect(error.message.contains("unknown variable '$nosuch'"))
        #expect(error.range.start.column == 9)
    }

    @Test func usageShowsEXPR() {
        #expect(Self.interpreter().verb(named: "thrice")?.usage == "thrice EXPR [label=STRING]")
    }
}

extension Value {
    /// A value no deferred argument evaluates to, for "not given".
    fileprivate static let missing = Value.string("missing")
}
