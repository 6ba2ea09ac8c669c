import Foundation
import ServerlessSandbox

/// What `--rehearse` was asked: where the snapshot comes from, where the end state goes, and which
/// services a fresh snapshot reads.
struct RehearsalOptions: Sendable, Equatable {
    /// `--snapshot FILE`: a data file to start from (never changed: the rehearsal runs on a copy).
    var snapshot: String?
    /// `--keep FILE`: where the state the rehearsal ended in is written.
    var keep: String?
    /// `--service NAME|SID`: the services a fresh snapshot reads (all when empty).
    var services: [String] = []
}

/// `buildsh --rehearse SCRIPT`: the script runs unchanged on a copy of the live account (a fresh
/// snapshot read with GET requests only, or `--snapshot FILE`) in the embedded sandbox, with the
/// account's SIDs and names; then what it changed is printed (table, or JSON with `-o json`). The
/// live account receives GET requests only: the snapshot is read by a read-only client, and the
/// script's own client reaches the sandbox alone.
struct Rehearsal {
    let launcher: ShellLauncher
    let rehearsal: RehearsalOptions

    /// Runs `input`; the exit status is the script's (2 when no snapshot could be had).
    func run(_ input: ScriptInput) async -> Int32 {
        let terminal = launcher.terminal
        let folder: TemporaryFolder
        let base: String
        do {
            folder = try TemporaryFolder(prefix: "buildsh-rehearsal")
            base = folder.path + "/snapshot.sqlite"
            if let snapshot = rehearsal.snapshot {
                try SnapshotFile.copy(snapshot, to: base)
            } else {
                let result = try await SnapshotImport(options: launcher.options, terminal: terminal)
                    .run(into: base, services: rehearsal.services)
                terminal.standardError("buildsh: snapshot: \(result.requests) GET requests\n")
            }
        } catch {
            terminal.standardError("buildsh: rehearsal: no snapshot: \(SnapshotErrorText.describe(error))\n")
            return ExitStatus.usageOrSyntaxError.rawValue
        }
        defer { folder.remove() }
        let work = folder.path + "/rehearsal.sqlite"
        do {
            try SnapshotFile.copy(base, to: work)
        } catch {
            terminal.standardError("buildsh: rehearsal: \(SnapshotErrorText.describe(error))\n")
            return ExitStatus.usageOrSyntaxError.rawValue
        }
        let backend = ApiBackend.rehearsal(on: work, options: launcher.options, terminal: terminal)
        terminal.redactSecret(of: backend.client)
        let status = await launcher.run(input, on: backend)
        await backend.shutdown()
        do {
            let diff = try scopedDiff(from: SandboxState.read(dataFile: base), to: SandboxState.read(dataFile: work))
            terminal.standardError("buildsh: rehearsal: what the script would change (the live account received GET requests only):\n")
            terminal.standardOutput(StateDiffText.render(diff, json: launcher.options.outputMode == .json))
            if let keep = rehearsal.keep {
                try SnapshotFile.compact(work, into: keep)
                terminal.standardError("buildsh: rehearsal: end state kept in \(keep) (holds variable values; 0600)\n")
            }
        } catch {
            terminal.standardError("buildsh: rehearsal: \(SnapshotErrorText.describe(error))\n")
            return status == ExitStatus.success.rawValue ? ExitStatus.runtimeError.rawValue : status
        }
        return status
    }

    /// The rehearsal's changes. A fresh snapshot holds only the `--service` services already; a
    /// whole `--snapshot FILE` is narrowed to them here, and to the services the script made.
    private func scopedDiff(from start: SandboxState, to end: SandboxState) -> StateDiff {
        guard rehearsal.snapshot != nil, !rehearsal.services.isEmpty else {
            return StateDiff(from: start, to: end, matching: .sid)
        }
        let serviceSids = { (state: SandboxState) in Set(state.resources.filter { $0.kind == .service }.map(\.sid)) }
        let made = serviceSids(end).subtracting(serviceSids(start))
        let named = rehearsal.services + made.sorted()
        return StateDiff(from: start.only(services: named), to: end.only(services: named), matching: .sid)
    }
}
