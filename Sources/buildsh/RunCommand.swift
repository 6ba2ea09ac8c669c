import ArgumentParser
import Foundation
import LineEditor

/// Runs a script file, `-c CODE`, a script on standard input, or the interactive REPL.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run a script or open the REPL.")

    func run() async throws {
        let output = TerminalOutput.standard()
        let directories = XDGDirectories(environment: ProcessInfo.processInfo.environment)
        let interrupts = InterruptController()
        let editor: LineEditor
        do {
            editor = try LineEditor(configuration: LineEditorConfiguration(historyPath: directories.historyFile))
        } catch {
            output.standardError("buildsh: not a terminal\n")
            throw ExitCode(ExitStatus.usageOrSyntaxError.rawValue)
        }
        let session = ReplSession(
            editor: editor, evaluator: PlaceholderEvaluator(output: output), interrupts: interrupts,
            settings: ReplSettings(), output: output)
        let status = await session.run()
        throw ExitCode(status.rawValue)
    }
}
