import BuildScript
import LineEditor

/// What the REPL runs input with: decides when input is complete, runs it, and knows the context
/// shown in the prompt. The REPL itself only reads lines, keeps history and handles settings.
protocol ReplEvaluator: Sendable {
    /// Whether `source` is a whole statement, or needs a continuation line.
    func isComplete(_ source: String) -> Bool
    /// Runs `source`, printing results and diagnostics itself. Cancellation means Ctrl-C.
    func evaluate(_ source: String, settings: ReplSettings) async -> ReplStep
    /// The prompt for a new statement, e.g. `sandbox:demo> `.
    func prompt() -> String
    /// Answers Tab.
    func complete(_ request: CompletionRequest) -> Completions
    /// The hint after the cursor for a line.
    func hint(for line: String) -> String?
    /// The values in `source` that must not be written down (history, `.save`).
    func withheldValues(in source: String) -> WithheldValues
    /// The files `source` names by path (`@path`, `source "…"`), for `.save` to rewrite.
    func fileReferences(in source: String) -> [FileReference]
    /// Whether `source` only asks for help, which `.save` leaves out.
    func asksOnlyForHelp(_ source: String) -> Bool
    /// The folder relative paths in statements are read from (absolute).
    var baseDirectory: String { get }
    /// How long Tab reuses a listing of the account before asking it again.
    var tabCacheTime: Duration { get nonmutating set }
    /// How many statements have produced a value so far (each set `$ans`).
    var resultsProduced: Int { get }
    /// `$ans`: the value of the newest of them; setting it makes an earlier result current again.
    var previousResult: Value { get nonmutating set }
}

/// What the REPL does after a statement ran.
enum ReplStep: Sendable, Equatable {
    /// The statement succeeded: read the next one.
    case next
    /// The statement failed (an error, a syntax error): read the next one, but `.save` leaves it out.
    case failed
    /// The statement ran `exit N`: end the session with status N.
    case exit(Int32)
}
