import Foundation

/// The history as a file: one entry per line, newlines inside an entry written as `\n` and
/// backslashes as `\\`. Saving writes a fresh file with mode 0600 (in a folder created 0700) and
/// renames it into place, so a crash never leaves half a file and other users can never read it.
public struct HistoryFile: Sendable, Equatable {
    /// Where the history lives, e.g. `~/.local/state/buildsh/history`.
    public let path: String

    /// Names the file at `path`; nothing is touched until `load` or `save`.
    public init(path: String) {
        self.path = path
    }

    /// The saved entries, oldest first; none when the file does not exist yet.
    public func load() throws(HistoryFileError) -> [String] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .cannotRead(path: path)
        }
        return String(decoding: data, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map { Self.unescape($0) }
    }

    /// Replaces the file's contents with `entries`.
    public func save(_ entries: [String]) throws(HistoryFileError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw .cannotCreateFolder(path: folder)
            }
        }
        let text = entries.map { Self.escape($0) + "\n" }.joined()
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { throw .cannotWrite(path: path) }
        let written = DescriptorWriter.writeAll(Array(text.utf8), to: descriptor)
        fchmod(descriptor, 0o600)
        close(descriptor)
        guard written, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw .cannotWrite(path: path)
        }
    }

    /// Adds `line` to the entries on disk (which other sessions may have grown meanwhile) and saves.
    /// Returns false when the line was refused (blank or secret) and nothing was written.
    @discardableResult
    public func append(_ line: String, capacity: Int, isSecret: @escaping @Sendable (String) -> Bool) throws(HistoryFileError) -> Bool {
        var onDisk = HistoryStore(entries: try load(), capacity: capacity, isSecret: isSecret)
        guard onDisk.record(line) else { return false }
        try save(onDisk.entries)
        return true
    }

    static func escape(_ entry: String) -> String {
        var escaped = ""
        for character in entry {
            switch character {
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    static func unescape(_ line: Substring) -> String {
        var entry = ""
        var pendingBackslash = false
        for character in line {
            if pendingBackslash {
                switch character {
                case "n": entry += "\n"
                case "r": entry += "\r"
                default: entry.append(character)
                }
                pendingBackslash = false
            } else if character == "\\" {
                pendingBackslash = true
            } else {
                entry.append(character)
            }
        }
        if pendingBackslash { entry += "\\" }
        return entry
    }
}
