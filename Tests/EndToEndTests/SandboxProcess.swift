import Foundation

/// `buildsh sandbox serve --port 0 --in-memory ...` as a child process, stopped with SIGINT.
final class SandboxProcess: @unchecked Sendable {
    let process = Process()
    /// The URL the sandbox printed.
    let url: String
    private let output: FileHandle

    /// Starts the sandbox and waits (up to 30 s) for its "listening on URL" line.
    init(account: String, token: String, buildTime: String = "200ms") async throws {
        process.executableURL = URL(fileURLWithPath: BuildshProcess.binary)
        process.arguments = [
            "sandbox", "serve", "--port", "0", "--in-memory", "--account", "\(account):\(token)",
            "--build-time", buildTime,
        ]
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        output = stdout.fileHandleForReading
        try process.run()
        let handle = output
        let line: String? = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var buffer = Data()
                let deadline = Date().addingTimeInterval(30)
                while Date() < deadline {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    buffer.append(chunk)
                    let text = String(decoding: buffer, as: UTF8.self)
                    if let found = text.split(separator: "\n").first(where: { $0.contains("listening on ") }) {
                        continuation.resume(returning: String(found))
                        return
                    }
                }
                continuation.resume(returning: nil)
            }
        }
        guard let line, let range = line.range(of: "listening on ") else {
            process.interrupt()
            throw SandboxProcessError.noURL
        }
        url = String(line[range.upperBound...]).trimmingCharacters(in: .whitespaces)
    }

    /// Stops the sandbox (SIGINT) and waits for it to exit; returns its exit status.
    @discardableResult
    func stop() async -> Int32 {
        if process.isRunning { process.interrupt() }
        await BuildshProcess.waitForExit(process)
        return process.terminationStatus
    }
}

/// The sandbox did not print its URL.
enum SandboxProcessError: Error {
    case noURL
}
