import BuildScript
import ServerlessClient

/// The one rule for text on standard error, as ``VerbSession/write(_:to:)`` is for standard output:
/// diagnostics, notes, progress, confirmation questions and `--verbose` traces can all hold text from
/// a server (a message, a SID, a date, a JSON key) or the account's secret echoed back. Every form of
/// the secret is redacted, then every control character but `\n` and `\t` is escaped
/// (``ServerText/shown(_:redacting:keepingLineBreaks:)``), so nothing on stderr is obeyed by the
/// terminal except what the shell writes itself: the redraw that opens a progress line
/// (``LiveProgressLine/redraw``), and the colours of diagnostics, added by ``renderer(for:colour:)``
/// after their text has been made safe.
public struct StandardErrorText: Sendable {
    private let credentials: @Sendable () -> Credentials?
    private let presenter: PresenterMode?

    /// Text that redacts the secret `credentials` returns, asked at each use: a client that starts
    /// its backend on first use learns its secret only then. While `presenter` is on, the account's
    /// and API key's SIDs and variable values are hidden too.
    public init(redacting credentials: @escaping @Sendable () -> Credentials?, presenter: PresenterMode? = nil) {
        self.credentials = credentials
        self.presenter = presenter
    }

    /// Text that redacts the secret of `client`'s account.
    public init(redactingSecretOf client: ServerlessClient) {
        self.init { client.configuration?.credentials }
    }

    /// Escaping only, for a host that knows no secret.
    public static let escaping = StandardErrorText { nil }

    /// `text` as standard error may show it. A leading ``LiveProgressLine/redraw`` is kept.
    public func shown(_ text: String) -> String {
        let credentials = credentials()
        guard text.hasPrefix(LiveProgressLine.redraw) else { return Self.shown(text, credentials, presenter) }
        return LiveProgressLine.redraw
            + Self.shown(String(text.dropFirst(LiveProgressLine.redraw.count)), credentials, presenter)
    }

    /// A renderer for diagnostics whose text is made safe before it is coloured.
    public func renderer(for interpreter: Interpreter, colour: Bool) -> DiagnosticRenderer {
        var renderer = DiagnosticRenderer(interpreter: interpreter, colour: colour)
        let credentials = credentials
        let presenter = presenter
        renderer.shown = { Self.shown($0, credentials(), presenter) }
        return renderer
    }

    private static func shown(_ text: String, _ credentials: Credentials?, _ presenter: PresenterMode?) -> String {
        let safe = ServerText.shown(text, redacting: credentials, keepingLineBreaks: true)
        return presenter?.masking(safe, credentials: credentials) ?? safe
    }
}
