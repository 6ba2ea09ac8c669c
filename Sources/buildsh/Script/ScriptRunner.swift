import BuildScript
import Foundation
import LineEditor

/// Runs one non-interactive program (a file, `-c CODE`, or standard input) to its end and turns
/// how it ended into the exit status: 0, 1 runtime error, 2 syntax error, 130 interrupted, or the
/// script's own `exit N`.
struct ScriptRunner {
    let interpreter: Interpreter
    let interrupts: InterruptController
    let terminal: TerminalOutput

    func run(_ input: ScriptInput) async -> Int32 {
        let source: [UInt8]?
        switch input {
        case .repl:
            return ExitStatus.success.rawValue
        case .file(let path, _):
            guard FileManager.default.isReadableFile(atPath: path) else {
                let reason = FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
                terminal.standardError("buildsh: cannot open script '\(path)': \(reason)\n")
                return ExitStatus.usageOrSyntaxError.rawValue
            }
            source = nil
        case .code(let code, _):
            source = ScriptInput.rawBytes(ofArgument: code)
        case .standardInput:
            source = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        let interpreter = self.interpreter
        let outcome = await interrupts.run { () async -> Outcome in
            if let source {
                return await interpreter.evaluate(bytes: source, file: input.sourceName)
            }
            return await interpreter.evaluateFile(at: input.sourceName)
        }
        switch outcome {
        case .interrupted:
            terminal.standardError("buildsh: interrupted\n")
            return ExitStatus.interrupted.rawValue
        case .completed(let result):
            switch result {
            case .success(let outcome): return status(for: outcome)
            case .failure: return ExitStatus.runtimeError.rawValue
            }
        }
    }

    /// Reports `outcome`'s problem on stderr and returns its exit status.
    func status(for outcome: Outcome) -> Int32 {
        terminal.report(outcome, of: interpreter)
        switch outcome {
        case .success: return ExitStatus.success.rawValue
        case .exit(let code): return Int32(clamping: code)  // 0...255: the interpreter refuses others
        case .syntaxErrors: return ExitStatus.usageOrSyntaxError.rawValue
        case .failure: return ExitStatus.runtimeError.rawValue
        case .cancelled: return ExitStatus.interrupted.rawValue
        }
    }
}
