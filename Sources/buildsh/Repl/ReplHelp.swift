import BuildScript
import Foundation
import LineEditor

/// What the REPL adds to the `help` overview: its settings and `learn`, fitted to the terminal, and
/// the three commands a newcomer should try first.
enum ReplHelp {
    static let settings = HelpSection(title: "REPL settings (.help for all)", entries: [
        (".mode table|json|ndjson|tsv", "how results are printed"),
        (".dryrun on|off", "destructive verbs only report what they would do"),
        (".reset", "empty the sandbox (asks first)"),
        (".save FILE", "write the statements that worked as a script"),
        ("learn", "lessons checked step by step (learn NAME starts one)"),
    ])

    static let tryFirst = [
        "learn functions   # a lesson, checked step by step",
        "create service unique_name=demo friendly_name=Demo",
        "help create build",
    ]

    /// The layout for a terminal `width` columns wide.
    static func layout(width: Int) -> HelpLayout {
        HelpLayout(width: width, hostSections: [settings], tryFirst: tryFirst)
    }
}

/// Tab after `learn `: its words and the built-in lessons' names.
enum LearnCompletion {
    static func complete(_ request: CompletionRequest) -> Completions? {
        let before = request.textBeforeCursor
        guard before.hasPrefix("learn ") else { return nil }
        let words = before.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count == 2 else { return nil }
        let typed = String(words[1])
        let candidates = (LearnCommand.words + LessonCatalog.builtIn.map(\.name)).filter { $0.hasPrefix(typed) }
        return Completions(replacing: typed.count, candidates: candidates)
    }
}
