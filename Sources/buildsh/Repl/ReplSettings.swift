import ServerlessVerbs

/// The REPL's adjustable settings, changed with dot commands.
struct ReplSettings: Equatable, Sendable {
    /// How results are printed.
    var mode: OutputFormat = .table
    /// Whether each command's run time is printed after it (psql's `\timing`).
    var timing = false
    /// Whether parameter hints are drawn after the cursor.
    var hints = true
}
