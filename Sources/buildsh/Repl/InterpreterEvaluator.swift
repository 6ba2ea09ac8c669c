import BuildScript
import Foundation
import LineEditor
import Synchronization

/// The REPL's evaluator: the BuildScript interpreter, with completion and hints from its verbs.
final class InterpreterEvaluator: ReplEvaluator {
    private let interpreter: Interpreter
    private let host: ShellHost
    private let terminal: TerminalOutput
    private let context: @Sendable () -> String
    private let counter = Mutex(0)

    /// Evaluates with `interpreter` (whose host is `host`); `context` names the prompt's context
    /// (`sandbox`, `sandbox:demo`).
    init(interpreter: Interpreter, host: ShellHost, terminal: TerminalOutput, context: @escaping @Sendable () -> String) {
        self.interpreter = interpreter
        self.host = host
        self.terminal = terminal
        self.context = context
    }

    func isComplete(_ source: String) -> Bool {
        Interpreter.isComplete(source)
    }

    func evaluate(_ source: String, settings: ReplSettings) async -> ReplStep {
        host.mode = settings.mode
        let number = counter.withLock { count in
            count += 1
            return count
        }
        let outcome = await interpreter.evaluate(source, file: "<input \(number)>")
        let renderer = DiagnosticRenderer(interpreter: interpreter, colour: terminal.errorIsTerminal)
        if let text = renderer.render(outcome) {
            terminal.standardError(text)
        }
        if case .exit(let code) = outcome {
            return .exit(Int32(clamping: code))
        }
        return .next
    }

    func prompt() -> String {
        context() + "> "
    }

    func complete(_ request: CompletionRequest) -> Completions {
        ShellCompleter(interpreter: interpreter).complete(request)
    }

    func hint(for line: String) -> String? {
        ShellHinter(interpreter: interpreter).hint(for: line)
    }
}
