import Foundation
import LineEditor
import ServerlessVerbs

/// The interactive loop: read a statement (over several lines if needed), run it, repeat.
/// Errors never end the session; Ctrl-C clears the line or cancels the running command; Ctrl-D
/// on an empty line ends the session with status 0.
final class ReplSession {
    private let editor: LineEditor
    private let workspace: ReplWorkspace
    private var evaluator: InterpreterEvaluator { workspace.evaluator }
    private let interrupts: InterruptController
    private var settings: ReplSettings
    private let output: TerminalOutput
    private var transcript: SessionTranscript
    private var results = ResultHistory()

    init(editor: LineEditor, workspace: ReplWorkspace, interrupts: InterruptController, settings: ReplSettings, output: TerminalOutput) {
        self.editor = editor
        self.workspace = workspace
        self.interrupts = interrupts
        self.settings = settings
        self.output = output
        transcript = SessionTranscript(baseDirectory: workspace.evaluator.baseDirectory)
        editor.hintsEnabled = settings.hints
        let current = workspace.current
        editor.completer = { request in
            LearnCompletion.complete(request) ?? current.evaluator.complete(request)
        }
        editor.hinter = { current.evaluator.hint(for: $0) }
        interrupts.setIdleHandler { [editor] in editor.interrupt() }
    }

    /// Runs until Ctrl-D, `.quit` or `exit N`; returns the exit status.
    func run() async -> Int32 {
        var pending = ""
        while true {
            let prompt = pending.isEmpty ? workspace.prompt() : Self.continuationPrompt(under: workspace.prompt())
            interrupts.discardPendingInterrupt()
            switch await editor.nextLine(prompt: prompt) {
            case .endOfInput:
                output.standardOutput("\n")
                return ExitStatus.success.rawValue
            case .interrupted:
                pending = ""
            case .line(let line):
                if pending.isEmpty, let dot = DotCommand.parse(line) {
                    remember(line)
                    if case .success(.quit) = dot { return ExitStatus.success.rawValue }
                    await apply(dot)
                    continue
                }
                if pending.isEmpty, let learn = LearnCommand.parse(line) {
                    remember(line)
                    await workspace.learn(learn)
                    continue
                }
                pending += pending.isEmpty ? line : "\n" + line
                guard evaluator.isComplete(pending) else { continue }
                let source = pending
                pending = ""
                guard !source.allSatisfy(\.isWhitespace) else { continue }
                let values = evaluator.withheldValues(in: source)
                let entry = values.historyEntry(for: source)
                if let entry { remember(entry) }
                // The history keeps every line it does not judge secret, as its newest entry.
                let isSecret = entry == nil || editor.history.last != entry
                let resultsBefore = evaluator.resultsProduced
                workspace.lesson?.statementStarts()
                let step = await runStatement(source)
                if evaluator.resultsProduced != resultsBefore {
                    results.record(isSecret ? "(a statement holding a withheld value)" : source, value: evaluator.previousResult)
                }
                await workspace.checkLesson(after: source)
                switch step {
                case .exit(let status): return status
                case .next where evaluator.asksOnlyForHelp(source): break
                case .next:
                    transcript.record(source, values: values.arguments, files: evaluator.fileReferences(in: source), isSecret: isSecret)
                case .failed: break
                }
            }
        }
    }

    /// The continuation prompt, right-aligned under the main prompt: `         ...> `.
    static func continuationPrompt(under prompt: String) -> String {
        let width = prompt.count
        let marker = "...> "
        return String(repeating: " ", count: max(0, width - marker.count)) + marker
    }

    private func runStatement(_ source: String) async -> ReplStep {
        let clock = ContinuousClock()
        let started = clock.now
        let settings = self.settings
        let evaluator = self.evaluator
        let outcome = await interrupts.run {
            await evaluator.evaluate(source, settings: settings)
        }
        var step = ReplStep.next
        switch outcome {
        case .interrupted:
            output.standardError("\ninterrupted\n")
            step = .failed
        case .completed(.success(let result)):
            step = result
        case .completed(.failure):
            step = .failed
        }
        if settings.timing {
            let elapsed = clock.now - started
            output.standardError(String(format: "Time: %.3f ms\n", Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000))
        }
        return step
    }

    private func remember(_ source: String) {
        do {
            try editor.addToHistory(source)
        } catch {
            if !historyWarningShown {
                historyWarningShown = true
                output.standardError("buildsh: \(error) (history is kept for this session only)\n")
            }
        }
    }

    private var historyWarningShown = false

    private func apply(_ parsed: Result<DotCommand, DotCommand.ParseError>) async {
        switch parsed {
        case .failure(let error):
            output.standardError("\(DotCommandText.describe(error))\n")
        case .success(let command):
            switch command {
            case .mode(let mode):
                if let mode { settings.mode = mode }
                output.standardOutput("mode \(settings.mode.rawValue)\n")
            case .timing(let flag):
                if let flag { settings.timing = flag }
                output.standardOutput("timing \(settings.timing ? "on" : "off")\n")
            case .hints(let flag):
                if let flag { settings.hints = flag }
                editor.hintsEnabled = settings.hints
                output.standardOutput("hints \(settings.hints ? "on" : "off")\n")
            case .save(let path):
                do {
                    try transcript.save(to: path, environment: ProcessEnvironment.current())
                    output.standardOutput(transcript.confirmation(path: path) + "\n")
                } catch {
                    output.standardError(error.message + "\n")
                }
            case .tabCache(let seconds):
                if let seconds { evaluator.tabCacheTime = .seconds(seconds) }
                let current = evaluator.tabCacheTime.components
                output.standardOutput("tabcache \(ProgressText.elapsed(Double(current.seconds) + Double(current.attoseconds) / 1e18))\n")
            case .results(let number):
                guard let number else { return output.standardOutput(results.listing()) }
                guard let entry = results.entry(number) else {
                    return output.standardError(".results: no result \(number) is kept (the last \(ResultHistory.capacity) are)\n")
                }
                evaluator.previousResult = entry.value
                output.standardOutput("$ans is result \(number): \(ResultHistory.summary(entry.value))\n")
            case .dryRun(let flag):
                if let flag { workspace.setDryRun(flag) }
                output.standardOutput("dry run \(workspace.dryRun ? "on: destructive verbs only report what they would do" : "off")\n")
            case .presenter(let flag):
                if let flag { workspace.presenter = flag }
                output.standardOutput(workspace.presenter ? PresenterMode.banner + "\n" : "presenter mode off\n")
            case .reset:
                await workspace.reset(assumeYes: workspace.factory.options.assumeYes)
            case .help:
                output.standardOutput(DotCommandText.help)
            case .quit:
                break
            }
        }
    }
}
