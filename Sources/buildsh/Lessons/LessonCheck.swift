import BuildScript
import ServerlessClient
import ServerlessVerbs

/// Runs a step's check against the lesson's sandbox: in an interpreter of its own (safe mode, so a
/// check cannot change anything; nothing printed), on the same client as the learner's.
struct LessonCheck: Sendable {
    private let interpreter: Interpreter

    /// A checker talking to `client`, the lesson's sandbox.
    init(client: ServerlessClient) {
        let host = StandardVerbHost(write: { _ in })
        interpreter = Interpreter(host: host, options: InterpreterOptions(safeMode: true))
        let verbs = ServerlessVerbs.install(into: interpreter, client: client, options: VerbOptions(isInteractive: false, stderr: { _ in }))
        host.attach(verbs)
        ProcessLifetime.keep(interpreter)
        ProcessLifetime.keep(verbs)
    }

    /// Whether `step` is done after a statement that ended with `outcome` in `world`, having done
    /// what `record` holds: the check's last value is true. A check that fails with an error is
    /// not passed.
    func passes(_ step: LessonStep, after outcome: Outcome, in world: ShellWorld, record: StatementRecord) async -> Bool {
        let learner = world.interpreter
        for name in learner.variableNames {
            if let value = learner.variable(name) { interpreter.setVariable(name, to: value) }
        }
        var result = Value.null
        var error = Value.null
        switch outcome {
        case .success(let value):
            // A stream was read as it was printed; it is not read again.
            if case .stream = value {} else { result = value }
        case .failure(let failure): error = .error(failure.errorValue)
        case .syntaxErrors(let diagnostics): error = .error(ErrorValue(message: diagnostics.first?.message ?? "syntax error"))
        case .exit, .cancelled: break
        }
        interpreter.setVariable("result", to: result)
        interpreter.setVariable("error", to: error)
        interpreter.setVariable("dry_run", to: .bool(learner.options.dryRun))
        interpreter.setVariable("use", to: world.verbs.context.promptLabel.map { .string($0) } ?? .null)
        interpreter.setVariable("requests", to: record.requests)
        interpreter.setVariable("would", to: record.would)
        guard case .success(let value) = await interpreter.evaluate(step.check, file: "<check>") else { return false }
        return value == .bool(true)
    }

    /// Runs a lesson's setup quietly; returns the first error's message, if any.
    func setUp(_ source: String) async -> String? {
        // Setup may create what the lesson starts from, so it runs outside safe mode.
        var options = interpreter.options
        options.safeMode = false
        interpreter.options = options
        defer { options.safeMode = true; interpreter.options = options }
        switch await interpreter.evaluate(source, file: "<setup>") {
        case .failure(let failure): return failure.message
        case .syntaxErrors(let diagnostics): return diagnostics.first?.message
        default: return nil
        }
    }
}
