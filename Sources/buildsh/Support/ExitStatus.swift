/// The exit statuses `buildsh` promises (documented in docs/repl.md and `buildsh --help`).
enum ExitStatus: Int32 {
    /// Everything ran (or the REPL was left with Ctrl-D or `.quit`).
    case success = 0
    /// A runtime error stopped the script (the diagnostic is on stderr).
    case runtimeError = 1
    /// The command line or the script's syntax was wrong; nothing ran.
    case usageOrSyntaxError = 2
    /// Ctrl-C (SIGINT) stopped the script.
    case interrupted = 130
    /// Standard output was closed by its reader (`| head`): buildsh stopped quietly, with the
    /// status a shell shows for a program ended by SIGPIPE (128 + 13).
    case outputClosed = 141

    /// The table printed by `--help`.
    static let documentation = """
        Exit status: 0 success; 1 runtime error (diagnostic on stderr); 2 usage or syntax error \
        (nothing ran); 130 interrupted (Ctrl-C); 141 standard output closed by its reader (| head). \
        `exit N` in a script (N from 0 to 255) exits with N.
        """
}
