import Foundation
import Testing

/// Runs the built `buildsh` binary: `BUILDSH_BIN` when set, else `.build/debug/buildsh` in the package.
enum BuildshProcess {
    /// The package root (three levels up from this file).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary under test.
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["BUILDSH_BIN"], !path.isEmpty { return path }
        return packageRoot.appendingPathComponent(".build/debug/buildsh").path
    }

    /// What a finished run left behind.
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `buildsh arguments...` to completion with `environment` added to a minimal environment
    /// (no Twilio credentials leak in from the caller), stdin closed, in `directory`.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], directory: URL? = nil,
        executable: String = binary
    ) async throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var base = ProcessInfo.processInfo.environment.filter { key, _ in
            !key.hasPrefix("TWILIO_") && !key.hasPrefix("BUILDSH_")
        }
        base["HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("buildsh-e2e-home").path
        process.environment = base.merging(environment) { _, new in new }
        if let directory { process.currentDirectoryURL = directory }
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        async let out = readAll(stdout.fileHandleForReading)
        async let err = readAll(stderr.fileHandleForReading)
        let (outText, errText) = await (out, err)
        await waitForExit(process)
        for dump in swiftValueDumps where outText.contains(dump) || errText.contains(dump) {
            Issue.record("a Swift value dump ('\(dump)') reached the user: \(errText)")
        }
        return Result(status: process.terminationStatus, stdout: outText, stderr: errText)
    }

    /// Text that only a Swift value dump or type name prints; none of it may ever reach a user.
    static let swiftValueDumps = ["Optional(", "VerbError(", "ServerlessError", "CancellationError", "Error(",
                                  "PageEnvelope<", "DecodingError"]

    /// Reads a pipe to its end off the cooperative pool.
    static func readAll(_ handle: FileHandle) async -> String {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let data = handle.readDataToEndOfFile()
                continuation.resume(returning: String(decoding: data, as: UTF8.self))
            }
        }
    }

    /// Waits for a process to exit without blocking the cooperative pool.
    static func waitForExit(_ process: Process) async {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                process.waitUntilExit()
                continuation.resume()
            }
        }
    }
}
