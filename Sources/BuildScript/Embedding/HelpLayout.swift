/// How the `help` overview is laid out, chosen by the host: the width it must fit, the sections the
/// host adds after the language's (a REPL's settings), and the commands a newcomer should try first.
public struct HelpLayout: Sendable, Equatable {
    /// The widest line the overview may print (a terminal's columns); at least 40 is used.
    public var width: Int
    /// The host's own sections, printed after the language words.
    public var hostSections: [HelpSection]
    /// The commands the overview ends with, under `Try first:`.
    public var tryFirst: [String]

    /// Creates a layout; by default 80 columns, no host sections, and commands of the language alone.
    public init(width: Int = 80, hostSections: [HelpSection] = [], tryFirst: [String] = [
        "help first", "[3, 1, 2] | sort $_ | first", #"print (upper "hello")"#,
    ]) {
        self.width = width
        self.hostSections = hostSections
        self.tryFirst = tryFirst
    }
}

/// A section of the `help` overview: a heading and its entries, one a line (`.mode MODE  how…`).
public struct HelpSection: Sendable, Equatable {
    /// The heading (`REPL settings`).
    public var title: String
    /// Each entry's name and what it does.
    public var entries: [(name: String, summary: String)]

    /// Creates a section.
    public init(title: String, entries: [(name: String, summary: String)]) {
        self.title = title
        self.entries = entries
    }

    public static func == (lhs: HelpSection, rhs: HelpSection) -> Bool {
        lhs.title == rhs.title && lhs.entries.elementsEqual(rhs.entries) { $0.name == $1.name && $0.summary == $1.summary }
    }
}
