/// A `learn` line of the REPL: the lessons, handled by the REPL (not the language), like dot commands.
enum LearnCommand: Equatable {
    /// `learn`: one lesson a line, its name first.
    case list
    /// `learn NAME`: start or resume a built-in lesson.
    case start(String)
    /// `learn FILE`: a lesson file (a path: it has a `/` or ends in `.lesson`).
    case startFile(String)
    /// `learn check FILE`: validate a lesson file, naming FILE:LINE of each problem.
    case check(String)
    case hint, next, back, restart, quit, status

    /// The words after `learn`, for Tab.
    static let words = ["hint", "next", "back", "restart", "quit", "status", "check"]

    /// The command `line` is, or nil when it is not a `learn` line (then it is a statement). As in
    /// BuildScript, a word starting with `#` starts a comment to the end of the line (`learn
    /// functions  # a lesson`, as `help` prints it).
    static func parse(_ line: String) -> LearnCommand? {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init).prefix { !$0.hasPrefix("#") }
        guard words.first == "learn" else { return nil }
        switch words.count {
        case 1: return .list
        case 2:
            switch words[1] {
            case "hint": return .hint
            case "next": return .next
            case "back": return .back
            case "restart": return .restart
            case "quit": return .quit
            case "status": return .status
            case "check": return .check("")
            case let word where word.contains("/") || word.hasSuffix(".lesson"): return .startFile(word)
            case let word where word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }: return .start(word)
            default: return nil
            }
        case 3 where words[1] == "check": return .check(words[2])
        default: return nil
        }
    }
}
