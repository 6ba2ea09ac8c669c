import BuildScript
import Foundation
import Synchronization

/// The interpreter's host in `buildsh`: prints results in the chosen mode, asks for confirmation
/// on a terminal (or takes `--yes`), and reports parallel loops.
final class ShellHost: InterpreterHost {
    private let terminal: TerminalOutput
    private let assumeYes: Bool
    private let canAsk: Bool
    private let modeSetting: Mutex<OutputMode>

    /// A host printing in `mode`; `canAsk` when a person at a terminal can answer questions.
    init(terminal: TerminalOutput, mode: OutputMode, assumeYes: Bool, canAsk: Bool) {
        self.terminal = terminal
        self.assumeYes = assumeYes
        self.canAsk = canAsk
        self.modeSetting = Mutex(mode)
    }

    /// How results are printed now (`.mode` changes it).
    var mode: OutputMode {
        get { modeSetting.withLock { $0 } }
        set { modeSetting.withLock { $0 = newValue } }
    }

    func output(_ value: Value, from range: SourceRange) async {
        do {
            terminal.standardOutput(try await ValuePrinter.text(for: value, mode: mode))
        } catch {
            terminal.standardError("error: \(error)\n")
        }
    }

    func confirm(_ request: ConfirmationRequest) async -> Bool {
        if assumeYes { return true }
        guard canAsk else {
            terminal.standardError("buildsh: \(request.question) Not confirmed: pass --yes to allow it without a terminal.\n")
            return false
        }
        terminal.standardError("\(request.question) [y/N] ")
        let answer = await ConfirmationReader.readAnswer()
        return answer.map { ["y", "yes"].contains($0.lowercased()) } ?? false
    }

    func progress(_ event: ProgressEvent) async {
        guard case .finished(_, let summary) = event, terminal.errorIsTerminal else { return }
        terminal.standardError(
            String(format: "done %d · failed %d · skipped %d · %.1fs\n", summary.succeeded, summary.failed, summary.skipped, summary.seconds))
    }
}
