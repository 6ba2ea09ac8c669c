import BuildScript
import Testing

/// `$ans` of a stream: the list the host read, up to the limit; beyond it, or read only in part, null.
@Suite("Previous result")
struct PreviousResultTests {
    /// `numbers N`: a stream of 1…N.
    private static func interpreter() -> Interpreter {
        let interpreter = Interpreter(host: TestHost())
        interpreter.register(
            Verb("numbers", summary: "A stream of numbers.", parameters: [.positional("count", .integer)]) { arguments, _ in
                let count = arguments.integer("count") ?? 0
                return .stream(ValueStream((1...max(1, count)).map { Value.number(Double($0)) }.async))
            })
        return interpreter
    }

    @Test func aStreamIsKeptAsTheListPrintedUpToTheLimit() async {
        let interpreter = Self.interpreter()
        _ = await interpreter.evaluate("numbers 1000")
        #expect(interpreter.variable("ans")?.listValue?.count == 1000)
        _ = await interpreter.evaluate("numbers 1001")
        #expect(interpreter.variable("ans") == .null)
        #expect(interpreter.resultsProduced == 2)
    }

    @Test func aStatementWithoutAValueLeavesItAndAFailureDoesNotCount() async {
        let interpreter = Self.interpreter()
        _ = await interpreter.evaluate("40 + 2")
        _ = await interpreter.evaluate("let x = 1; print 3")
        #expect(interpreter.variable("ans") == 42)
        _ = await interpreter.evaluate("1 / $nosuch")
        #expect(interpreter.resultsProduced == 1)
    }
}

extension Array where Element: Sendable {
    /// The elements as an `AsyncSequence`.
    fileprivate var async: AsyncStream<Element> {
        AsyncStream { continuation in
            for element in self { continuation.yield(element) }
            continuation.finish()
        }
    }
}
