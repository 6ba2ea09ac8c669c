import ArgumentParser
import Foundation

/// `buildsh sandbox import --data FILE [--service NAME|SID]…`: reads the live account with GET
/// requests only and writes a sandbox data file holding it (see docs/sandbox.md, *Snapshots*).
struct SandboxImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Copy the live account (GET requests only) into a sandbox data file.",
        discussion: """
            Keeps every SID, date and status, function code, builds, environments, deployments, \
            variables (with their values: the file is made readable by you only) and the last day's logs. \
            A failed import leaves FILE.partial; running the same command again continues it.
            """
    )

    @Option(help: ArgumentHelp("The data file to write (replaced when it exists).", valueName: "FILE"))
    var data: String

    @OptionGroup var account: LiveAccountOptions

    func run() async throws {
        let terminal = TerminalOutput.standard()
        do {
            let result = try await SnapshotImport(options: account.launchOptions, terminal: terminal)
                .run(into: data, services: account.services)
            terminal.standardOutput(SnapshotImport.summaryText(result, path: data))
        } catch {
            terminal.standardError("buildsh: sandbox import: \(SnapshotErrorText.describe(error))\n")
            if FileManager.default.fileExists(atPath: data + ".partial") {
                terminal.standardError("buildsh: what was read is kept in \(data).partial; run the same command again to continue\n")
            }
            throw ExitCode(ExitStatus.runtimeError.rawValue)
        }
    }
}

/// The words for a failure of a snapshot command: the client's and the sandbox's own descriptions,
/// a setup problem's message, never Foundation's `Error Domain=…` form.
enum SnapshotErrorText {
    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as ApiBackend.SetupError: error.message
        case let error as CustomStringConvertible: error.description
        default: error.localizedDescription
        }
    }
}
