import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the files a script names (`@path`, `source`). Relative paths resolve against the folder
/// of the file they are written in: the script's folder (the working folder for the REPL and `-c`),
/// or a sourced file's own folder. In safe mode a file is readable only when its real path — `..`
/// and symbolic links resolved — lies inside the script's folder, so absolute paths, `..` escapes
/// and links pointing out are refused.
struct ScriptFiles: Sendable {
    /// Why a file could not be read, as the message a script sees.
    struct Failure: Error {
        let message: String
    }

    /// The folder relative paths resolve against (`nil`: the current directory).
    let baseDirectory: String?
    /// Whether reads are confined to ``baseDirectory`` (safe mode).
    let confined: Bool

    private var base: String { baseDirectory ?? FileManager.default.currentDirectoryPath }

    /// Resolves a path against `folder`, by default the script's (`~` expands outside safe mode only).
    func resolve(_ path: String, in folder: String? = nil) -> String {
        let expanded = confined ? path : Self.expandingTilde(path)
        if expanded.hasPrefix("/") { return expanded }
        return ((folder ?? base) as NSString).appendingPathComponent(expanded)
    }

    /// `~` and `~/…` with `$HOME`, as a shell expands them (Foundation would read the account's
    /// home folder instead); `~user/…`, and `~` when `HOME` is unset or empty, as Foundation does.
    static func expandingTilde(_ path: String) -> String {
        if path == "~" || path.hasPrefix("~/"), let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty {
            return home + path.dropFirst()
        }
        return (path as NSString).expandingTildeInPath
    }

    /// The bytes of the file at `path`, relative to `folder` (by default the script's); `what`
    /// names the file in messages (`file 'x'`).
    func read(_ path: String, in folder: String? = nil, what: String) throws(Failure) -> Data {
        let resolved = resolve(path, in: folder)
        if confined {
            guard !path.hasPrefix("/") else {
                throw Failure(message: "safe mode reads only files inside the script's folder; '\(path)' is an absolute path")
            }
            guard let real = Self.realPath(resolved), let folder = Self.realPath(base) else {
                throw Failure(message: "cannot read \(what)")
            }
            let inside = folder == "/" ? real.hasPrefix("/") : real.hasPrefix(folder + "/")
            guard inside else {
                throw Failure(message: "safe mode reads only files inside the script's folder; '\(path)' is outside it")
            }
            return try contents(of: real, what: what)
        }
        return try contents(of: resolved, what: what)
    }

    private func contents(of path: String, what: String) throws(Failure) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let data = FileManager.default.contents(atPath: path)
        else { throw Failure(message: "cannot read \(what)") }
        return data
    }

    /// The canonical absolute path (symbolic links, `.` and `..` resolved), or `nil` when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
