import ArgumentParser
import Foundation
import ServerlessSandbox

/// `buildsh sandbox diff A B [--service NAME|SID]…`: what differs between two data files (or, with
/// `--service`, those services of them), either of which may be `live` (the configured account, read
/// with GET requests only). Exit status as diff(1): 0 identical, 1 different, 2 trouble.
struct SandboxDiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two sandbox data files (either may be `live`): 0 identical, 1 different.",
        discussion: """
            Resources are matched by SID, then by name (unique name, path, key) where SIDs differ, so \
            a rehearsal kept with --keep compares equal to the same script run for real. Variable values \
            are compared, never shown. With --service, only those services are compared (and only they \
            are read from the live account); one that a side does not have is absent there.
            """
    )

    @Argument(help: ArgumentHelp("The first data file, or `live`.", valueName: "A"))
    var first: String

    @Argument(help: ArgumentHelp("The second data file, or `live`.", valueName: "B"))
    var second: String

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("table or json.", valueName: "MODE"))
    var output = "table"

    @OptionGroup var account: LiveAccountOptions

    func validate() throws {
        guard ["table", "json"].contains(output) else { throw ValidationError("-o expects table or json, got \(output)") }
    }

    func run() async throws {
        let terminal = TerminalOutput.standard()
        let diff: StateDiff
        do {
            diff = try await StateDiff(
                from: state(of: first, terminal: terminal), to: state(of: second, terminal: terminal), matching: .sidThenName)
        } catch {
            terminal.standardError("buildsh: sandbox diff: \(SnapshotErrorText.describe(error))\n")
            throw ExitCode(ExitStatus.usageOrSyntaxError.rawValue)
        }
        terminal.standardOutput(StateDiffText.render(diff, json: output == "json"))
        if !diff.isEmpty { throw ExitCode(1) }
    }

    private func state(of name: String, terminal: TerminalOutput) async throws -> SandboxState {
        guard name == "live" else { return try SandboxState.read(dataFile: name).only(services: account.services) }
        return try await LiveState.read(options: account.launchOptions, services: account.services, terminal: terminal)
    }
}

/// The live account's state (or that of the services named, those it does not have left out), read
/// through a temporary snapshot that is removed afterwards.
enum LiveState {
    static func read(options: LaunchOptions, services: [String], terminal: TerminalOutput) async throws -> SandboxState {
        let folder = try TemporaryFolder(prefix: "buildsh-live")
        defer { folder.remove() }
        let path = folder.path + "/live.sqlite"
        var importer = SnapshotImport(options: options, terminal: terminal)
        importer.showsProgress = false
        importer.absentNamesAreEmpty = true
        _ = try await importer.run(into: path, services: services)
        return try SandboxState.read(dataFile: path).only(services: services)
    }
}

/// A private (0700) temporary folder, removed by `remove()`.
struct TemporaryFolder {
    let path: String

    init(prefix: String) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
