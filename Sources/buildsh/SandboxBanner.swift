import Foundation
import ServerlessSandbox

/// What `buildsh sandbox serve` prints on start: the URL, where data lives, and the accounts. A token
/// is shown only for an account the sandbox generated itself just now.
struct SandboxBanner {
    let server: SandboxServer
    let storage: SandboxStorage

    func print() {
        var lines = ["buildsh sandbox listening on \(server.baseURL.absoluteString)"]
        switch storage {
        case .inMemory: lines.append("  data: in memory (gone on exit)")
        case let .file(path): lines.append("  data: \(path)")
        }
        lines.append("  build time: \(DurationText.format(server.configuration.buildTime))")
        for account in server.accounts {
            if account == server.generatedAccount {
                lines.append("  account: \(account.sid)  auth token: \(account.authToken)  (created now; it is shown only this once)")
            } else {
                lines.append("  account: \(account.sid)")
            }
        }
        for key in server.apiKeys {
            lines.append("  api key: \(key.sid) for \(key.accountSid ?? "the first account")")
        }
        let limit = server.configuration.maxConcurrentRequests
        lines.append("  concurrent requests per account: \(limit == 0 ? "no limit" : String(limit))")
        lines.append("Press Ctrl-C to stop.")
        Self.write(lines.joined(separator: "\n"))
    }

    /// Writes a line to standard output at once (the output may be a pipe read by a test harness).
    static func write(_ text: String) {
        try? FileHandle.standardOutput.write(contentsOf: Data((text + "\n").utf8))
    }
}
