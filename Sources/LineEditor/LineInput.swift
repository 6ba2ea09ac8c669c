/// What one `readLine` produced.
public enum LineInput: Sendable, Equatable {
    /// The user pressed Enter; the text has no trailing newline.
    case line(String)
    /// The user pressed Ctrl-C; the half-typed line was discarded.
    case interrupted
    /// The user pressed Ctrl-D on an empty line, or the terminal went away.
    case endOfInput
}
