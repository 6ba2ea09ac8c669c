import BuildScript
import Foundation
import ServerlessClient

/// `watch EXPR [every=2s] [until=CONDITION]`: evaluates EXPR again every round and redraws it in
/// place (on the alternate screen of a terminal; printed again under a header line when standard
/// output is not one), until CONDITION, evaluated again every round too, holds or Ctrl-C. Its own
/// value is null: what it shows is already shown. Both are deferred arguments: the language hands them over
/// unevaluated (``Parameter/deferred(_:positional:required:doc:)``).
enum WatchVerb: SingleVerbDefinition {
    static let expression = Parameter.deferred(
        "expression", positional: true, required: true, doc: "What to show, evaluated again every round.")
    static let every = TypedParameter.duration("every", doc: "How long between rounds (default 2s).", example: "5s")
    static let until = Parameter.deferred("until", doc: "Stop when this is true, evaluated after every round.")

    static let name = "watch"
    static let summary = "Show an expression again every few seconds, redrawn in place, until until= holds or Ctrl-C."
    static let parameters = [expression, every.declaration, until]

    /// The smallest pause between rounds (a watch is for people, not a busy loop).
    static let shortestInterval = 0.1

    static func run(_ arguments: Arguments, _ call: CallContext, session: VerbSession) async throws -> Value {
        let seconds = arguments[every] ?? 2
        guard seconds >= shortestInterval else {
            throw ServerlessVerbError.invalidValue(name: "every", expected: "a duration of at least 100ms", got: String(format: "%gs", seconds))
        }
        _ = try WholeNumber.seconds(seconds, naming: "every")
        let screen = session.options.terminalScreen
        let header = "every \(ProgressText.elapsed(seconds)): " + (call.sourceText(of: expression.name) ?? "")
        screen?(TerminalScreen.enterAlternate)
        defer { screen?(TerminalScreen.leaveAlternate) }
        var round = 0
        while true {
            round += 1
            let value = try await Value.drained(try await call.evaluate(expression.name) ?? .null)
            let heading = "\(header)    round \(round), \(Timestamp(Date()))"
            if let screen {
                screen(TerminalScreen.home + StandardErrorText.escaping.shown(heading) + "\n\n" + (try await session.renderRedacted(value)) + "\n")
            } else {
                try await call.print(heading)
                try await call.emit(value)
            }
            if try await call.evaluate(until.name)?.isTruthy == true { return .null }
            try await Task.sleep(for: .seconds(seconds))
        }
    }

    static let examples = VerbExample.lines(
        """
        watch (list builds | select sid, status) every=200ms until=((list builds | where status == "building" | count) == 0)
        watch (fetch build $b).status until=true
        """)
}

/// The control sequences `watch` draws with.
enum TerminalScreen {
    /// Switches to the alternate screen (the shell's screen comes back afterwards).
    static let enterAlternate = "\u{1B}[?1049h"
    /// Switches back to the main screen.
    static let leaveAlternate = "\u{1B}[?1049l"
    /// Moves the cursor home and clears the screen.
    static let home = "\u{1B}[H\u{1B}[2J"
}
