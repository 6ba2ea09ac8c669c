/// The exit statuses `buildsh` promises (documented in docs/repl.md).
enum ExitStatus: Int32 {
    /// Everything ran.
    case success = 0
    /// A runtime error stopped the script (the diagnostic is on stderr).
    case runtimeError = 1
    /// The command line or the script's syntax was wrong; nothing ran.
    case usageOrSyntaxError = 2
    /// Ctrl-C (SIGINT) stopped the script.
    case interrupted = 130
}
