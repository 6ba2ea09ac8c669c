// A release-mode timing harness for BuildScript workloads, used by ./run when the buildsh binary
// is not available: `harness FILE` runs a script and prints its output and the elapsed seconds.
import BuildScript
import Foundation

struct StdoutHost: InterpreterHost {
    func output(_ value: Value, from range: SourceRange) async throws {
        Swift.print(value.description)
    }
}

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: harness FILE\n".utf8))
    exit(2)
}
let interpreter = Interpreter(host: StdoutHost())
let start = Date()
let outcome = await interpreter.evaluateFile(at: arguments[1])
let seconds = Date().timeIntervalSince(start)
if let problem = DiagnosticRenderer(interpreter: interpreter).render(outcome) {
    FileHandle.standardError.write(Data(problem.utf8))
    exit(1)
}
FileHandle.standardError.write(Data(String(format: "harness: %.3f s\n", seconds).utf8))
