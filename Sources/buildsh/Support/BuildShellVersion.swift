import LineEditor
import ServerlessVerbs

/// The version `buildsh --version` prints, `0.2.0 (abc1234)`: the release number and the commit
/// the binary was built from (``BuildCommit``, stamped by `Plugins/BuildCommit` whenever HEAD moves);
/// `0.2.0 (unknown commit)` when it was built outside a git checkout or without git.
enum BuildShellVersion {
    /// The release number.
    static let number = "0.2.0"

    /// The number and the commit.
    static let current = "\(number) (\(BuildCommit.short ?? "unknown commit"))"

    /// What `version` in the REPL shows: the same, the Swift it was built with, and whether the
    /// session edits lines with libedit.
    static func host(lineEditing: Bool) -> HostVersion {
        HostVersion(
            version: current,
            lineEditing: lineEditing ? "libedit" : "none (standard input or output is not a terminal)")
    }
}
