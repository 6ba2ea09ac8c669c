import Foundation

/// Writes to standard output and standard error, and knows whether each is a terminal (colour).
struct TerminalOutput: Sendable {
    /// Whether standard output is a terminal.
    let outputIsTerminal: Bool
    /// Whether standard error is a terminal (diagnostics are coloured only then).
    let errorIsTerminal: Bool

    /// Looks at the process's own standard streams.
    static func standard() -> TerminalOutput {
        TerminalOutput(outputIsTerminal: isatty(1) != 0, errorIsTerminal: isatty(2) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
    }

    /// Writes `text` to standard output now.
    func standardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes `text` to standard error now.
    func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
