import ArgumentParser

/// `buildsh sandbox ...`: the local Serverless v1 emulator.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run the local Serverless v1 sandbox.",
        subcommands: [SandboxServeCommand.self, SandboxImportCommand.self, SandboxDiffCommand.self],
        defaultSubcommand: SandboxServeCommand.self
    )
}
