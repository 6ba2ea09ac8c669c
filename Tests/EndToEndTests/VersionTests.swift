import Foundation
import Testing

/// `buildsh --version` and `version`: the release number and the commit the binary was built from.
@Suite(.timeLimit(.minutes(2)))
struct VersionTests {
    /// `0.2.0 (abc1234)`, or `0.2.0 (unknown commit)` for a build outside a git checkout.
    static var versionLine: Regex<(Substring, Substring, Substring)> { #/(\d+\.\d+\.\d+) \(([0-9a-f]{7}|unknown commit)\)/# }

    /// The commit the package is checked out at, or nil when git cannot say.
    static func checkedOutCommit() throws -> String? {
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-C", BuildshProcess.packageRoot.path, "rev-parse", "--short=7", "HEAD"]
        let output = Pipe()
        git.standardOutput = output
        git.standardError = FileHandle.nullDevice
        try git.run()
        git.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return git.terminationStatus == 0 ? text.trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }

    @Test func versionNamesTheReleaseAndTheCommitBuiltFrom() async throws {
        let result = try await BuildshProcess.run(["--version"])
        #expect(result.status == 0)
        let line = try #require(try Self.versionLine.wholeMatch(in: result.stdout.dropLast()), "\(result.stdout)")
        #expect(result.stdout.hasSuffix("\n"))
        #expect(line.1 == "0.2.0")
        // The commit is stamped whenever HEAD moves, so a binary built in this checkout names its HEAD
        // (`swift test` builds first; a commit made after `swift build` needs a build before it agrees).
        if let commit = try Self.checkedOutCommit(), BuildshProcess.binary.hasPrefix(BuildshProcess.packageRoot.path) {
            #expect(String(line.2) == commit)
        }
    }

    @Test func theVersionVerbAddsSwiftAndLineEditing() async throws {
        let version = try await BuildshProcess.run(["--version"])
        let result = try await BuildshProcess.run(["--sandbox", "-o", "json", "-c", "version"])
        #expect(result.status == 0, "\(result.stderr)")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: String])
        #expect(record["buildsh"] == version.stdout.trimmingCharacters(in: .newlines))
        #expect(try #/\d+\.\d+( or later)?/#.wholeMatch(in: record["swift"] ?? "") != nil)
        // A script with standard input closed reads no lines: libedit is not in use.
        #expect(record["line_editing"] == "none (standard input or output is not a terminal)")
        #expect(Set(record.keys) == ["buildsh", "swift", "line_editing"])
    }

    @Test func theBannerNamesTheSameVersion() async throws {
        let version = try await BuildshProcess.run(["--version"])
        let result = try await BuildshProcess.run(["--sandbox", "--verbose", "-c", "print 1"])
        #expect(result.stderr.contains("buildsh \(version.stdout.trimmingCharacters(in: .newlines)) · sandbox"), "\(result.stderr)")
    }
}
