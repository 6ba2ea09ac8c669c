import Foundation
import ServerlessSandbox
import Synchronization

/// One import of the live account into a data file, as `sandbox import`, `sandbox diff live` and a
/// rehearsal run it: written to `FILE.partial` (kept when the import fails, and continued by the
/// next run with the same file) and renamed to `FILE` once whole.
struct SnapshotImport {
    let options: LaunchOptions
    let terminal: TerminalOutput
    /// Whether progress lines are written (standard error).
    var showsProgress = true
    /// Whether a named service the account does not have is left out rather than an error (see
    /// ``AccountImporter/absentNamesAreEmpty``).
    var absentNamesAreEmpty = false

    /// What was imported, with the requests it took and how long.
    struct Result {
        var summary: AccountImporter.Summary
        var requests: Int
        var elapsed: Duration
        var accountSid: String
    }

    func run(into path: String, services: [String]) async throws -> Result {
        let requests = Mutex(0)
        let start = ContinuousClock.now
        let live = try LiveAccount.connect(options, terminal: terminal) { requests.withLock { $0 += 1 } }
        let partial = path + ".partial"
        let terminal = terminal
        let showsProgress = showsProgress
        let absentNamesAreEmpty = absentNamesAreEmpty
        do {
            let file = try SnapshotFile(path: partial, accountSid: live.accountSid)
            if showsProgress { terminal.standardError("buildsh: importing account \(live.label) (GET requests only)\n") }
            var importer = AccountImporter(client: live.client, file: file) { line in
                if showsProgress { terminal.standardError("  \(line)\n") }
            }
            importer.warning = { terminal.standardError("buildsh: warning: \($0)\n") }
            importer.absentNamesAreEmpty = absentNamesAreEmpty
            let summary = try await importer.run(only: services)
            try? await live.client.shutdown()
            try file.close()
            try Self.replace(path, with: partial)
            return Result(
                summary: summary, requests: requests.withLock { $0 }, elapsed: ContinuousClock.now - start,
                accountSid: live.accountSid)
        } catch {
            try? await live.client.shutdown()
            throw error
        }
    }

    private static func replace(_ path: String, with partial: String) throws {
        let files = FileManager.default
        for suffix in ["", "-wal", "-shm"] where files.fileExists(atPath: path + suffix) {
            try files.removeItem(atPath: path + suffix)
        }
        try files.moveItem(atPath: partial, toPath: path)
    }

    /// The closing summary: what the file holds per kind (services kept from an earlier run
    /// included), requests, time, and the warning that values are inside.
    static func summaryText(_ result: Result, path: String) -> String {
        let counts = result.summary.counts.filter { $0.count > 0 }.map { "\($0.count) \($0.kind)" }
        let seconds = Double(result.elapsed.components.seconds) + Double(result.elapsed.components.attoseconds) / 1e18
        var text = "imported " + (counts.isEmpty ? "nothing (the account has no services)" : counts.joined(separator: ", "))
        if result.summary.resumed > 0 { text += "; \(result.summary.resumed) service(s) kept from the earlier run" }
        text += "\n\(result.requests) GET requests in \(String(format: "%.1f", seconds))s → \(path)\n"
        text += "the file holds the account's variable values: it is readable by you only (0600); keep it so\n"
        return text
    }
}
