import ArgumentParser

/// Runs a script file, `-c CODE`, or the interactive REPL. (Filled in by the REPL work.)
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run a script or open the REPL.")

    func run() async throws {
        print("buildsh: the REPL is not built yet")
    }
}
