import Foundation
import Testing

@testable import LineEditor

@Suite struct HistoryFileTests {
    private func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("buildsh-history-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func savesAndLoadsEntriesIncludingNewlinesAndBackslashes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = HistoryFile(path: folder + "/state/buildsh/history")
        let entries = ["list builds", "foreach b in $x {\n  delete build $b\n}", #"print "a\nb \\ c""#]
        try file.save(entries)
        #expect(try file.load() == entries)
    }

    @Test func createsTheFileWithMode0600AndItsFolderWith0700() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/state/buildsh/history"
        try HistoryFile(path: path).save(["list builds"])
        let fileMode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder + "/state/buildsh")[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(folderMode == 0o700)
    }

    @Test func tightensTheModeOfAnExistingFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/history"
        #expect(FileManager.default.createFile(atPath: path, contents: Data("old\n".utf8), attributes: [.posixPermissions: 0o644]))
        try HistoryFile(path: path).append("new", capacity: 10, isSecret: { _ in false })
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try HistoryFile(path: path).load() == ["old", "new"])
    }

    @Test func aMissingFileIsAnEmptyHistory() throws {
        #expect(try HistoryFile(path: "/nonexistent/buildsh/history").load() == [])
    }

    @Test func appendMergesWithWhatAnotherSessionSavedAndRefusesSecrets() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = HistoryFile(path: folder + "/history")
        try file.save(["a", "b"])
        #expect(try file.append("a", capacity: 10, isSecret: SecretLineFilter.isSecret))
        #expect(try !file.append("login token=abc", capacity: 10, isSecret: SecretLineFilter.isSecret))
        #expect(try file.load() == ["b", "a"])
    }

    @Test func anUnwritableFolderIsReportedNotFatal() {
        #expect(throws: HistoryFileError.cannotCreateFolder(path: "/proc/buildsh")) {
            try HistoryFile(path: "/proc/buildsh/history").save(["x"])
        }
    }
}
