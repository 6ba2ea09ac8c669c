import ArgumentParser

/// `buildsh sandbox ...`: the local Serverless v1 emulator. (Filled in by the sandbox work.)
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sandbox", abstract: "Run the local Serverless v1 sandbox.")
}
