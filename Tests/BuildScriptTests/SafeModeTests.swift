import BuildScript
import Foundation
import Testing

/// Safe mode as a room for teaching: no environment, files only from the script's own folder
/// (real paths compared, so `..` and symbolic links cannot lead out), and `help` silent about
/// what was removed.
@Suite("Safe mode")
struct SafeModeTests {
    /// A folder `room/` holding a script, a readable file, a sub-folder and links pointing in and
    /// out, next to a `secret.txt` outside it.
    private struct Room {
        let root: URL
        var folder: URL { root.appendingPathComponent("room") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("buildsh-safe-\(UUID().uuidString)")
            let manager = FileManager.default
            try manager.createDirectory(at: root.appendingPathComponent("room/sub"), withIntermediateDirectories: true)
            try "outside".write(to: root.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
            try "let helper = \"sourced\"".write(to: root.appendingPathComponent("outside.bsh"), atomically: true, encoding: .utf8)
            try "inside".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
            try "let helper = \"sub\"".write(to: folder.appendingPathComponent("sub/helper.bsh"), atomically: true, encoding: .utf8)
            try manager.createSymbolicLink(atPath: folder.appendingPathComponent("out.txt").path, withDestinationPath: "../secret.txt")
            try manager.createSymbolicLink(atPath: folder.appendingPathComponent("in.txt").path, withDestinationPath: "notes.txt")
            try manager.createSymbolicLink(atPath: folder.appendingPathComponent("up").path, withDestinationPath: "..")
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    /// Runs `source` as the file `room/main.bsh` and returns the output lines, or the error.
    private func run(_ source: String, in room: Room, safe: Bool = true) async throws -> [String] {
        let script = room.folder.appendingPathComponent("main.bsh")
        try source.write(to: script, atomically: true, encoding: .utf8)
        let host = TestHost()
        let interpreter = Interpreter(host: host, options: InterpreterOptions(safeMode: safe))
        switch await interpreter.evaluateFile(at: script.path) {
        case .failure(let error): return host.output + ["error: " + error.message]
        case .syntaxErrors(let diagnostics): return host.output + diagnostics.map { "syntax: " + $0.message }
        default: return host.output
        }
    }

    static let refused = "safe mode reads only files inside the script's folder"

    @Test("files inside the script's folder are readable, by plain path, sub-folder or link that stays inside")
    func insideIsReadable() async throws {
        let room = try Room()
        defer { room.remove() }
        #expect(try await run("print @notes.txt @./in.txt @sub/../notes.txt", in: room) == ["inside inside inside"])
        #expect(try await run("source sub/helper.bsh\nprint $helper", in: room) == ["sub"])
    }

    @Test("paths leading out are refused", arguments: [
        ("print @/etc/passwd", "'/etc/passwd' is an absolute path"),
        ("print @../secret.txt", "'../secret.txt' is outside it"),
        ("print @sub/../../secret.txt", "'sub/../../secret.txt' is outside it"),
        ("print @out.txt", "'out.txt' is outside it"),
        ("print @up/secret.txt", "'up/secret.txt' is outside it"),
        ("print @~/.profile", "cannot read file '~/.profile'"),
        ("source ../outside.bsh", "'../outside.bsh' is outside it"),
        ("source /etc/hostname", "'/etc/hostname' is an absolute path"),
        ("source up/outside.bsh", "'up/outside.bsh' is outside it"),
    ])
    func outsideIsRefused(source: String, reason: String) async throws {
        let room = try Room()
        defer { room.remove() }
        let lines = try await run(source, in: room)
        let expected = reason.hasPrefix("cannot") ? reason : Self.refused + "; " + reason
        #expect(lines == ["error: " + expected])
    }

    @Test("outside safe mode the same paths read as before")
    func unsafeReadsAnywhere() async throws {
        let room = try Room()
        defer { room.remove() }
        #expect(try await run("print @../secret.txt @out.txt", in: room, safe: false) == ["outside outside"])
    }

    @Test("-c and the REPL are confined to the working folder")
    func workingFolder() async throws {
        let room = try Room()
        defer { room.remove() }
        let host = TestHost()
        let interpreter = Interpreter(host: host, options: InterpreterOptions(safeMode: true, workingDirectory: room.folder.path))
        #expect(await interpreter.evaluate("print @notes.txt") == .success(.null))
        guard case .failure(let error) = await interpreter.evaluate("print @../secret.txt") else {
            Issue.record("reading outside the working folder was allowed")
            return
        }
        #expect(error.message == Self.refused + "; '../secret.txt' is outside it")
        #expect(host.output == ["inside"])
    }

    @Test("env() is closed: no TWILIO_* or any other variable reaches the script")
    func environmentIsClosed() async {
        let host = TestHost()
        let interpreter = Interpreter(host: host, options: InterpreterOptions(safeMode: true))
        for name in ["TWILIO_AUTH_TOKEN", "HOME", "PATH"] {
            guard case .failure(let error) = await interpreter.evaluate("print env(\"\(name)\")") else {
                Issue.record("env(\(name)) ran in safe mode")
                continue
            }
            #expect(error.message == "'env' is not available in safe mode")
        }
        let open = Interpreter(host: host, options: InterpreterOptions())
        #expect(await open.evaluate("env(\"PATH\") != null") == .success(.bool(true)))
    }

    @Test("help and completion leave out what safe mode removed")
    func helpIsSilent() async {
        let host = TestHost()
        let interpreter = Interpreter(host: host, options: InterpreterOptions(safeMode: true))
        interpreter.register(FakeStore(buildCount: 0).verbs)
        _ = await interpreter.evaluate("help")
        let listing = host.output.joined(separator: "\n")
        #expect(listing.contains("print"))
        #expect(!listing.contains("env"))
        #expect(!listing.contains("delete"))
        #expect(await interpreter.evaluate("help env") != .success(.null))
        guard case .failure(let error) = await interpreter.evaluate("help delete build") else {
            Issue.record("help showed a removed verb")
            return
        }
        #expect(error.message == "no help for 'delete': not available in safe mode")
        #expect(!interpreter.completions(for: "en").contains { $0.text == "env" })
        #expect(!interpreter.verbs.contains { $0.name == "env" })
    }
}
