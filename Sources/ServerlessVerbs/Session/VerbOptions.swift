import Foundation

/// How the verbs behave in one host: output format, confirmations, and where progress and notes
/// go. The command line fills it from `-o`, `--yes` and whether stdin/stderr are terminals. (Dry
/// run is the interpreter's: ``InterpreterOptions/dryRun``, read by each call as
/// ``CallContext/isDryRun``.)
public struct VerbOptions: Sendable {
    /// How results are printed (`-o`, `.mode`).
    public var outputFormat: OutputFormat
    /// Destructive loops run without asking (`--yes`).
    public var assumeYes: Bool
    /// A person can answer questions (stdin and stderr are terminals). When false, nothing is
    /// ever asked, so scripts never hang on a prompt.
    public var isInteractive: Bool
    /// Whether stderr is a terminal: spinners and progress bars are drawn only then.
    public var stderrIsTerminal: Bool
    /// Where progress lines, dry-run notes and loop summaries go (standard error by default). The
    /// text may hold server text: a host's writer passes it through ``StandardErrorText``.
    public var stderr: @Sendable (String) -> Void
    /// Reads the answer to a confirmation question shown by ``stderr``; `nil` reads a line from
    /// standard input. The REPL passes its line editor here.
    public var readAnswer: (@Sendable (_ prompt: String) async -> String?)?
    /// How long `await` waits by default (`timeout=` overrides it).
    public var awaitTimeout: Duration
    /// Writes control sequences and text straight to standard output when it is a terminal, for
    /// verbs that redraw in place (`watch` uses the alternate screen); `nil` when standard output
    /// is not a terminal, and such verbs print plainly instead.
    public var terminalScreen: (@Sendable (String) -> Void)?
    /// The width of standard output when it is a terminal, read at each result (a terminal may be
    /// resized): tables are fitted to it. `nil` (not a terminal) leaves tables their natural width.
    public var terminalWidth: (@Sendable () -> Int?)?
    /// How the host resolved its settings, for `explain config` (empty when it says nothing).
    public var settings = ResolvedSettings()
    /// What the host says about itself, for `version`.
    public var version = HostVersion()
    /// Presenter mode: what is shown hides identifiers and secrets (`--presenter`, `.presenter`).
    /// One switch a host shares between its sessions and its standard error.
    public var presenter = PresenterMode()

    /// Creates options; by default: tables, nothing interactive, nothing drawn.
    public init(
        outputFormat: OutputFormat = .table, assumeYes: Bool = false,
        isInteractive: Bool = false, stderrIsTerminal: Bool = false,
        stderr: @escaping @Sendable (String) -> Void = VerbOptions.writeToStandardError,
        readAnswer: (@Sendable (_ prompt: String) async -> String?)? = nil,
        awaitTimeout: Duration = .seconds(600), terminalScreen: (@Sendable (String) -> Void)? = nil
    ) {
        self.terminalScreen = terminalScreen
        self.outputFormat = outputFormat
        self.assumeYes = assumeYes
        self.isInteractive = isInteractive
        self.stderrIsTerminal = stderrIsTerminal
        self.stderr = stderr
        self.readAnswer = readAnswer
        self.awaitTimeout = awaitTimeout
    }

    /// Options for a process at a terminal or not: interactive and drawing progress when stdin and
    /// stderr are terminals.
    public static func detectingTerminal(outputFormat: OutputFormat = .table, assumeYes: Bool = false)
        -> VerbOptions
    {
        let stderrIsTerminal = isatty(STDERR_FILENO) == 1
        return VerbOptions(
            outputFormat: outputFormat, assumeYes: assumeYes,
            isInteractive: stderrIsTerminal && isatty(STDIN_FILENO) == 1, stderrIsTerminal: stderrIsTerminal)
    }

    /// Writes text to standard error with its control characters escaped (``StandardErrorText/escaping``);
    /// a host that knows the account's secret passes a writer that redacts it too
    /// (``StandardErrorText/init(redactingSecretOf:)``).
    public static let writeToStandardError: @Sendable (String) -> Void = { text in
        try? FileHandle.standardError.write(contentsOf: Data(StandardErrorText.escaping.shown(text).utf8))
    }

    /// The writer for live progress lines: ``stderr`` on a terminal, else nothing.
    var progressWriter: LiveProgressLine.Writer? { stderrIsTerminal ? stderr : nil }
}
