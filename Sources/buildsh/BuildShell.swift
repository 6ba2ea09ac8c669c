import ArgumentParser

/// The `buildsh` command line: the REPL and script runner by default, plus `buildsh sandbox ...`.
@main
struct BuildShell: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "buildsh",
        abstract: "A scripting REPL for Twilio Serverless build operations.",
        version: "0.1.0",
        subcommands: [RunCommand.self, SandboxCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
