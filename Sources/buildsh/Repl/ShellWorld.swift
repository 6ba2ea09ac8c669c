@_spi(Evaluation) import BuildScript
import Foundation
import LineEditor
import ServerlessClient
import ServerlessVerbs
import Synchronization

/// One backend with the interpreter and verbs that talk to it. A run has one; the REPL makes a new
/// one for `.reset` (a fresh sandbox) and for a lesson (a sandbox of its own).
struct ShellWorld: Sendable {
    let backend: ApiBackend
    let interpreter: Interpreter
    let verbs: VerbSession
    /// Whether results and printed lines reach standard output (a lesson's resume runs unseen).
    let shown: OutputSwitch

    /// The REPL's evaluator over this world.
    func evaluator(terminal: TerminalOutput) -> InterpreterEvaluator {
        let label = backend.label
        let context = verbs.context
        let credentials = backend.client.configuration?.credentials
        return InterpreterEvaluator(interpreter: interpreter, verbs: verbs, terminal: terminal) {
            // The service's and environment's names come from the server: shown, never obeyed.
            context.promptLabel.map { "\(label):\(ServerText.shown($0, redacting: credentials))" } ?? label
        }
    }
}

/// Makes worlds with the command line's settings.
struct ShellWorldFactory: Sendable {
    let options: LaunchOptions
    let terminal: TerminalOutput

    /// The backend the command line chose.
    func connect() throws(ApiBackend.SetupError) -> ApiBackend {
        try ApiBackend.connect(options, terminal: terminal) { [terminal] warning in terminal.standardError("buildsh: warning: \(warning)\n") }
    }

    /// An embedded sandbox keeping its data in `path`, whatever the command line chose; a lesson's
    /// `record` sees each answered request.
    func sandbox(at path: String, reason: String, record: StatementRecord? = nil) -> ApiBackend {
        var sandboxOptions = options
        sandboxOptions.sandboxDataPath = path
        return ApiBackend.sandbox(sandboxOptions, terminal: terminal, reason: reason, observer: record?.observer)
    }

    /// The interpreter and verbs over `backend`; relative paths resolve against `workingDirectory`
    /// when given, and destructive verbs only report when `dryRun`. A lesson's `record` reads the
    /// verbs' notes (what dry run would do).
    func world(
        on backend: ApiBackend, interactive: Bool, dryRun: Bool, workingDirectory: String? = nil, record: StatementRecord? = nil
    ) -> ShellWorld {
        terminal.redactSecret(of: backend.client)
        let shown = OutputSwitch()
        let host = StandardVerbHost(write: { [terminal] text in if shown.isOn { terminal.standardOutput(text) } })
        var interpreterOptions = InterpreterOptions(safeMode: options.safeMode, dryRun: dryRun, workingDirectory: workingDirectory)
        // For the differential tests (scripts/fuzz): every program also runs on the tree walker.
        interpreterOptions.treeWalkerOnly = options.environment["BUILDSH_TREE_WALKER"] == "1"
        let interpreter = Interpreter(host: host, options: interpreterOptions)
        let verbs = ServerlessVerbs.install(
            into: interpreter, client: backend.client,
            options: verbOptions(interactive: interactive, settings: backend.settings, record: record))
        host.attach(verbs)
        if interactive { interpreter.register(RehearseVerb.verb(launcher: ShellLauncher(options: options, terminal: terminal))) }
        ProcessLifetime.keep(interpreter)
        ProcessLifetime.keep(verbs)
        return ShellWorld(backend: backend, interpreter: interpreter, verbs: verbs, shown: shown)
    }

    /// The verbs' behaviour: questions only when a person can answer (the REPL, or a script run
    /// from a terminal), answered through a reader that Ctrl-C stops.
    private func verbOptions(interactive: Bool, settings: ResolvedSettings, record: StatementRecord?) -> VerbOptions {
        let stderrIsTerminal = isatty(2) != 0
        let terminal = self.terminal
        let screen: (@Sendable (String) -> Void)? = isatty(1) != 0 ? { @Sendable text in terminal.standardOutput(text) } : nil
        var verbOptions = VerbOptions(
            outputFormat: options.outputMode ?? .table, assumeYes: options.assumeYes,
            isInteractive: stderrIsTerminal && (interactive || isatty(0) != 0), stderrIsTerminal: stderrIsTerminal,
            stderr: { text in
                record?.noted(text)
                terminal.standardError(text)
            },
            readAnswer: { prompt in
                terminal.standardError(prompt)
                return await ConfirmationReader.readAnswer()
            },
            terminalScreen: screen)
        verbOptions.settings = settings
        verbOptions.version = BuildShellVersion.host(lineEditing: interactive && LineEditor.isInteractive)
        if isatty(1) != 0 { verbOptions.terminalWidth = { terminal.columns } }
        verbOptions.presenter = terminal.presenter
        return verbOptions
    }
}

/// A switch a world's standard output obeys: on unless something runs unseen.
final class OutputSwitch: Sendable {
    private let on = Mutex(true)

    /// Whether output is shown now.
    var isOn: Bool { on.withLock { $0 } }

    /// Runs `body` with output hidden.
    func hiding<T>(_ body: () async -> T) async -> T {
        on.withLock { $0 = false }
        defer { on.withLock { $0 = true } }
        return await body()
    }
}
