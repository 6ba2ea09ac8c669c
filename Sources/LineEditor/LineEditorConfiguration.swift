/// How a `LineEditor` behaves: history, completion and hints.
public struct LineEditorConfiguration: Sendable {
    /// The name libedit uses for `~/.editrc` sections.
    public var programName: String
    /// The history file; nil keeps history in memory only.
    public var historyPath: String?
    /// The most history entries kept (in memory and on disk).
    public var historyCapacity: Int
    /// Decides which lines are never remembered because they set a secret.
    public var isSecret: @Sendable (String) -> Bool
    /// Answers Tab; nil makes Tab ring the bell.
    public var completer: Completer?
    /// Supplies the greyed hint after the cursor; nil shows none.
    public var hinter: Hinter?
    /// Whether hints are drawn (they can be turned off and on while running).
    public var hintsEnabled: Bool

    /// Creates a configuration; everything but the program name has a sensible default.
    public init(
        programName: String = "buildsh",
        historyPath: String? = nil,
        historyCapacity: Int = 1000,
        isSecret: @escaping @Sendable (String) -> Bool = SecretLineFilter.isSecret,
        completer: Completer? = nil,
        hinter: Hinter? = nil,
        hintsEnabled: Bool = true
    ) {
        self.programName = programName
        self.historyPath = historyPath
        self.historyCapacity = historyCapacity
        self.isSecret = isSecret
        self.completer = completer
        self.hinter = hinter
        self.hintsEnabled = hintsEnabled
    }
}
