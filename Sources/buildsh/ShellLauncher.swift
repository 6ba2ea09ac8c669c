@_spi(Evaluation) import BuildScript
import Foundation
import LineEditor
import ServerlessClient
import ServerlessVerbs

/// Builds the interpreter for a run (backend, verbs, options, `$args`) and runs the chosen input:
/// a script to its end, or the REPL until Ctrl-D.
struct ShellLauncher {
    let options: LaunchOptions
    let terminal: TerminalOutput

    /// Runs `input`; returns the exit status.
    func run(_ input: ScriptInput) async -> Int32 {
        if let rehearsal = options.rehearsal {
            return await Rehearsal(launcher: self, rehearsal: rehearsal).run(input)
        }
        let backend: ApiBackend
        do {
            backend = try ApiBackend.connect(options, terminal: terminal) { [terminal] warning in terminal.standardError("buildsh: warning: \(warning)\n") }
        } catch {
            terminal.standardError("buildsh: \(error.message)\n")
            return ExitStatus.usageOrSyntaxError.rawValue
        }
        terminal.redactSecret(of: backend.client)
        let status = await run(input, on: backend)
        await backend.shutdown()
        return status
    }

    /// Runs `input` with the verbs on `backend`.
    func run(_ input: ScriptInput, on backend: ApiBackend) async -> Int32 {
        let interrupts = InterruptController()
        let interactive = input == .repl
        let host = StandardVerbHost(write: { [terminal] text in terminal.standardOutput(text) })
        var interpreterOptions = InterpreterOptions(safeMode: options.safeMode, dryRun: options.dryRun)
        // For the differential tests (scripts/fuzz): every program also runs on the tree walker.
        interpreterOptions.treeWalkerOnly = options.environment["BUILDSH_TREE_WALKER"] == "1"
        let interpreter = Interpreter(host: host, options: interpreterOptions)
        let verbs = ServerlessVerbs.install(into: interpreter, client: backend.client, options: verbOptions(interactive: interactive, settings: backend.settings))
        host.attach(verbs)
        ProcessLifetime.keep(interpreter)
        ProcessLifetime.keep(verbs)
        interpreter.setVariable("args", to: .list(input.arguments.map { .string($0) }))
        if interactive {
            interpreter.register(RehearseVerb.verb(launcher: self))
            return await runRepl(interpreter: interpreter, verbs: verbs, interrupts: interrupts, backend: backend)
        }
        if options.verbose {
            terminal.standardError(backend.banner + "\n")
        }
        return await ScriptRunner(interpreter: interpreter, interrupts: interrupts, terminal: terminal).run(input)
    }

    /// The verbs' behaviour: questions only when a person can answer (the REPL, or a script run
    /// from a terminal), answered through a reader that Ctrl-C stops.
    private func verbOptions(interactive: Bool, settings: ResolvedSettings) -> VerbOptions {
        let stderrIsTerminal = isatty(2) != 0
        let terminal = self.terminal
        let screen: (@Sendable (String) -> Void)? = isatty(1) != 0 ? { @Sendable text in terminal.standardOutput(text) } : nil
        var verbOptions = VerbOptions(
            outputFormat: options.outputMode ?? .table, assumeYes: options.assumeYes,
            isInteractive: stderrIsTerminal && (interactive || isatty(0) != 0), stderrIsTerminal: stderrIsTerminal,
            stderr: { text in terminal.standardError(text) },
            readAnswer: { prompt in
                terminal.standardError(prompt)
                return await ConfirmationReader.readAnswer()
            },
            terminalScreen: screen)
        verbOptions.settings = settings
        return verbOptions
    }

    private func runRepl(interpreter: Interpreter, verbs: VerbSession, interrupts: InterruptController, backend: ApiBackend) async -> Int32 {
        let directories = XDGDirectories(environment: options.environment)
        let editor: LineEditor
        do {
            // History never keeps a line showing this run's secret (in any case, or as the base64 of
            // `SID:secret`), on top of the filter's own heuristics.
            let client = backend.client
            editor = try LineEditor(configuration: LineEditorConfiguration(
                historyPath: directories.historyFile,
                isSecret: { SecretLineFilter.isSecret($0) || client.configuration?.credentials.isRevealed(in: $0) == true }))
        } catch {
            // Standard input is a terminal but output is not: run what is typed as one script.
            return await ScriptRunner(interpreter: interpreter, interrupts: interrupts, terminal: terminal)
                .run(.standardInput(arguments: []))
        }
        let label = backend.label
        let context = verbs.context
        let credentials = backend.client.configuration?.credentials
        let evaluator = InterpreterEvaluator(interpreter: interpreter, verbs: verbs, terminal: terminal) {
            // The service's and environment's names come from the server: shown, never obeyed.
            context.promptLabel.map { "\(label):\(ServerText.shown($0, redacting: credentials))" } ?? label
        }
        var settings = ReplSettings()
        settings.mode = options.outputMode ?? .table
        terminal.standardOutput(backend.banner + "\nType `help` for the verbs, `help create` for one, `.help` for settings. Tab completes.\n")
        let session = ReplSession(editor: editor, evaluator: evaluator, interrupts: interrupts, settings: settings, output: terminal)
        return await session.run()
    }
}
