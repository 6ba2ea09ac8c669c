import BuildScript
import Foundation
import LineEditor
import ServerlessClient
import ServerlessVerbs
import Synchronization

/// Writes to standard output and standard error, and knows whether each is a terminal (colour).
///
/// It is the only code in buildsh that writes to standard error, and everything it writes there
/// passes through ``StandardErrorText``: the account's secret redacted, control characters escaped,
/// the colours of diagnostics added after that. There is no way to write raw text to stderr.
struct TerminalOutput: Sendable {
    /// Whether standard output is a terminal.
    let outputIsTerminal: Bool
    /// Whether standard error is a terminal (diagnostics are coloured only then).
    let errorIsTerminal: Bool
    private let secrets = SecretSource()
    /// Presenter mode, one switch for the run: every world's verbs share it (`--presenter`,
    /// `.presenter`), and both streams hide what it hides.
    let presenter = PresenterMode()

    /// Looks at the process's own standard streams (and `NO_COLOR`).
    static func standard() -> TerminalOutput {
        TerminalOutput(outputIsTerminal: isatty(1) != 0, errorIsTerminal: isatty(2) != 0 && getenv("NO_COLOR") == nil)
    }

    /// From now on, redacts the secret of `client`'s account from standard error (asked at each
    /// write: a backend started on first use learns its secret then).
    func redactSecret(of client: ServerlessClient) {
        secrets.client.withLock { $0 = client }
    }

    /// The terminal's width in columns (standard output's, else `COLUMNS`, else 80).
    var columns: Int {
        var size = winsize()
        if outputIsTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 80
    }

    /// Writes `text` to standard output now. When the reader has gone (`buildsh ... | head`), the
    /// process ends quietly with ``ExitStatus/outputClosed``, as `cat` does when its pipe closes.
    /// In presenter mode the account's and API key's SIDs and variable values are hidden (the
    /// verbs' results come here already shown as presenter mode shows them; banners and the REPL's
    /// own lines are hidden here).
    func standardOutput(_ text: String) {
        let text = presenter.masking(text, credentials: credentials)
        if !DescriptorWriter.writeAll(Array(text.utf8), to: STDOUT_FILENO), errno == EPIPE {
            _exit(ExitStatus.outputClosed.rawValue)
        }
    }

    /// Writes `text` to standard error now, made safe (a closed standard error loses the text,
    /// nothing more).
    func standardError(_ text: String) {
        Self.writeError(errorText.shown(text))
    }

    /// Reports `outcome`'s problem, if it has one, on standard error: rendered with its location,
    /// made safe, then coloured on a terminal.
    func report(_ outcome: Outcome, of interpreter: Interpreter) {
        if let text = errorText.renderer(for: interpreter, colour: errorIsTerminal).render(outcome) {
            Self.writeError(text)
        }
    }

    /// `text` as the prompt may show it: presenter mode hides there what it hides on both streams.
    func prompt(_ text: String) -> String {
        presenter.masking(text, credentials: credentials)
    }

    private var credentials: Credentials? { secrets.client.withLock { $0 }?.configuration?.credentials }

    private var errorText: StandardErrorText {
        let secrets = secrets
        return StandardErrorText(redacting: { secrets.client.withLock { $0 }?.configuration?.credentials }, presenter: presenter)
    }

    private static func writeError(_ text: String) {
        DescriptorWriter.writeAll(Array(text.utf8), to: STDERR_FILENO)
    }
}

/// The client whose secret standard error redacts, once the backend is known.
private final class SecretSource: Sendable {
    let client = Mutex<ServerlessClient?>(nil)
}
