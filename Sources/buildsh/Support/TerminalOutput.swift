import Foundation
import LineEditor

/// Writes to standard output and standard error, and knows whether each is a terminal (colour).
struct TerminalOutput: Sendable {
    /// Whether standard output is a terminal.
    let outputIsTerminal: Bool
    /// Whether standard error is a terminal (diagnostics are coloured only then).
    let errorIsTerminal: Bool

    /// Looks at the process's own standard streams (and `NO_COLOR`).
    static func standard() -> TerminalOutput {
        TerminalOutput(outputIsTerminal: isatty(1) != 0, errorIsTerminal: isatty(2) != 0 && getenv("NO_COLOR") == nil)
    }

    /// Writes `text` to standard output now. When the reader has gone (`buildsh ... | head`), the
    /// process ends quietly with ``ExitStatus/outputClosed``, as `cat` does when its pipe closes.
    func standardOutput(_ text: String) {
        if !DescriptorWriter.writeAll(Array(text.utf8), to: STDOUT_FILENO), errno == EPIPE {
            _exit(ExitStatus.outputClosed.rawValue)
        }
    }

    /// Writes `text` to standard error now (a closed standard error loses the text, nothing more).
    func standardError(_ text: String) {
        DescriptorWriter.writeAll(Array(text.utf8), to: STDERR_FILENO)
    }
}
