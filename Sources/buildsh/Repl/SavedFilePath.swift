import Foundation

/// How `.save` writes a relative path the REPL read a file from: a script resolves relative paths
/// against its own folder, not the folder it is run from, so a path typed relative to the REPL's
/// folder is written relative to the saved file's folder when the file lies inside that folder
/// (the script and its files can move together), and absolute otherwise. Absolute paths and `~/…`
/// are written as typed.
struct SavedFilePath {
    /// The folder the REPL read relative paths from (absolute).
    let base: String
    /// The folder of the saved script (absolute).
    let folder: String

    init(from base: String, to folder: String) {
        self.base = (base as NSString).standardizingPath
        self.folder = (folder as NSString).standardizingPath
    }

    /// The path to write for `path` as typed, or nil when it is written as typed.
    func rewritten(_ path: String) -> String? {
        guard !path.hasPrefix("/"), !path.hasPrefix("~") else { return nil }
        let absolute = ((base as NSString).appendingPathComponent(path) as NSString).standardizingPath
        let inside = folder == "/" ? "/" : folder + "/"
        let written = absolute.hasPrefix(inside) ? String(absolute.dropFirst(inside.count)) : absolute
        return written == path ? nil : written
    }
}
