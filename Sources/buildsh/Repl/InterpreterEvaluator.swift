import BuildScript
import Foundation
import LineEditor
import ServerlessVerbs
import Synchronization

/// The REPL's evaluator: the BuildScript interpreter, with completion and hints from its verbs.
final class InterpreterEvaluator: ReplEvaluator {
    private let interpreter: Interpreter
    private let verbs: VerbSession
    private let terminal: TerminalOutput
    private let context: @Sendable () -> String
    private let counter = Mutex(0)
    private let outcome = Mutex<Outcome?>(nil)

    /// Evaluates with `interpreter`, into which `verbs` were installed; `context` names the
    /// prompt's context (`sandbox`, `sandbox:demo`).
    init(interpreter: Interpreter, verbs: VerbSession, terminal: TerminalOutput, context: @escaping @Sendable () -> String) {
        self.interpreter = interpreter
        self.verbs = verbs
        self.terminal = terminal
        self.context = context
    }

    func isComplete(_ source: String) -> Bool {
        Interpreter.isComplete(source)
    }

    func evaluate(_ source: String, settings: ReplSettings) async -> ReplStep {
        verbs.outputFormat = settings.mode
        let number = counter.withLock { count in
            count += 1
            return count
        }
        interpreter.options.helpLayout = ReplHelp.layout(width: terminal.columns)
        let outcome = await interpreter.evaluate(source, file: "<input \(number)>")
        self.outcome.withLock { $0 = outcome }
        terminal.report(outcome, of: interpreter)
        switch outcome {
        case .exit(let code): return .exit(Int32(clamping: code))
        case .success: return .next
        default: return .failed
        }
    }

    /// How the last statement ended (a lesson's check reads it).
    var lastOutcome: Outcome? { outcome.withLock { $0 } }

    func prompt() -> String {
        context() + "> "
    }

    func complete(_ request: CompletionRequest) -> Completions {
        ShellCompleter(interpreter: interpreter, seen: verbs.seenIdentifiers, live: verbs.completions).complete(request)
    }

    func hint(for line: String) -> String? {
        ShellHinter(interpreter: interpreter).hint(for: line)
    }

    func withheldValues(in source: String) -> WithheldValues {
        if let found = interpreter.sensitiveArguments(in: source) {
            return found.isEmpty ? .none : .values(found)
        }
        // It does not parse, so nothing says where a value is: a line that names a sensitive
        // parameter (`value=`) is kept nowhere.
        let names = interpreter.verbs.flatMap(\.parameters).filter(\.isSensitive).flatMap { [$0.name] + $0.aliases }
        return names.contains { source.contains($0 + "=") } ? .unknown : .none
    }

    func fileReferences(in source: String) -> [FileReference] {
        interpreter.fileReferences(in: source) ?? []
    }

    func asksOnlyForHelp(_ source: String) -> Bool {
        interpreter.asksOnlyForHelp(source)
    }

    var resultsProduced: Int { interpreter.resultsProduced }

    var tabCacheTime: Duration {
        get { verbs.completions.timeToLive }
        set { verbs.completions.timeToLive = newValue }
    }

    var previousResult: Value {
        get { interpreter.variable("ans") ?? .null }
        set { interpreter.setVariable("ans", to: newValue) }
    }

    var baseDirectory: String {
        let base = interpreter.options.workingDirectory ?? FileManager.default.currentDirectoryPath
        return base.hasPrefix("/") ? base : FileManager.default.currentDirectoryPath + "/" + base
    }
}
