/// The text of `help WORD` for the words of the language itself: the keywords, the pipeline
/// stages and the words that are keywords only in their place (`parallel`, `desc`, `asc`). A test
/// checks that every word the parser knows has an entry here.
enum LanguageHelp {
    /// One word's help: its syntax, what it does, and an example.
    struct Entry: Sendable {
        let usage: String
        let summary: String
        let example: String

        var text: String { "usage: \(usage)\n  \(summary)\nexample: \(example)" }
    }

    /// The help for `word`, if it is a word of the language.
    static func text(for word: String) -> String? { entries[word]?.text }

    /// The words with help, sorted (for the overview).
    static var words: [String] { entries.keys.sorted() }

    static let entries: [String: Entry] = [
        "let": Entry(usage: "let NAME = VALUE", summary: "Declare a variable in the current scope.", example: "let n = 3"),
        "if": Entry(usage: "if CONDITION { ... } [else { ... }]", summary: "Run a block when the condition is true.",
                    example: "if $n > 2 { print \"big\" } else { print \"small\" }"),
        "else": Entry(usage: "if CONDITION { ... } else { ... } | else if ...",
                      summary: "The block of an if that runs when its condition is false.", example: "if $ok { print 1 } else { print 0 }"),
        "while": Entry(usage: "while CONDITION { ... }", summary: "Repeat a block while the condition is true.",
                       example: "while $i < 3 { i += 1 }"),
        "foreach": Entry(usage: "foreach NAME in SOURCE [parallel N] { ... }",
                         summary: "Run a block once per item of a list or stream (pulled one at a time).",
                         example: "foreach b in list builds { print $b.sid }"),
        "in": Entry(usage: "foreach NAME in SOURCE { ... } | X in Y",
                    summary: "The source of a foreach; as an operator, membership in a list, key of a record, or substring.",
                    example: "if \"a\" in [\"a\", \"b\"] { print yes }"),
        "def": Entry(usage: "def NAME(PARAM, ...) { ... }", summary: "Define a procedure, called as NAME(args) or NAME args.",
                     example: "def double(x) { return $x * 2 }"),
        "return": Entry(usage: "return [VALUE]", summary: "Leave the procedure, with a value (null without one).",
                        example: "def one() { return 1 }"),
        "break": Entry(usage: "break", summary: "Leave the innermost while or foreach (in parallel foreach: launch no more items).",
                       example: "while true { break }"),
        "continue": Entry(usage: "continue", summary: "Go on with the next iteration of the innermost loop.",
                          example: "foreach n in [1, 2] { if $n == 1 { continue }; print $n }"),
        "try": Entry(usage: "try { ... } catch [NAME] { ... }",
                     summary: "Run a block; on a runtime error run the catch block, with the error as a record in NAME.",
                     example: "try { fetch build ZBnope } catch e { print $e.message }"),
        "catch": Entry(usage: "try { ... } catch [NAME] { ... }",
                       summary: "The handler of a try: NAME holds the error's message, code and details.",
                       example: "try { error(\"no\") } catch e { print $e.message }"),
        "exit": Entry(usage: "exit [CODE]", summary: "Stop the script with a status (0 without one); the host decides what it means.",
                      example: "exit 1"),
        "source": Entry(usage: "source PATH", summary: "Run another script file in the current scope.", example: "source \"lib.bsh\""),
        "and": Entry(usage: "A and B", summary: "True when both are true; B is not evaluated when A is false.",
                     example: "where status == \"completed\" and runtime == \"node22\""),
        "or": Entry(usage: "A or B", summary: "True when either is true; B is not evaluated when A is true.",
                    example: "where status == \"failed\" or status == \"building\""),
        "not": Entry(usage: "not X", summary: "True when X is false (or null, 0, empty).", example: "if not $done { print \"waiting\" }"),
        "true": Entry(usage: "true", summary: "The boolean true.", example: "let verbose = true"),
        "false": Entry(usage: "false", summary: "The boolean false.", example: "let verbose = false"),
        "null": Entry(usage: "null", summary: "No value: what commands return when there is nothing to show.", example: "let found = null"),
        "where": Entry(usage: "SOURCE | where CONDITION",
                       summary: "Keep the items for which the condition is true; bare names are fields of the item, $_ the item.",
                       example: "list builds | where status == \"failed\""),
        "select": Entry(usage: "SOURCE | select FIELD, ...", summary: "Keep only these fields of each record.",
                        example: "list builds | select sid, status"),
        "sort": Entry(usage: "SOURCE | sort KEY [desc|asc]", summary: "Order the items by a key (reads all of them).",
                      example: "list builds | sort date_created desc"),
        "first": Entry(usage: "SOURCE | first [N]", summary: "The first N items as a list (pulls only N from a stream); without N, the first item itself (null when there is none).",
                       example: "list builds | first 5"),
        "count": Entry(usage: "SOURCE | count", summary: "The number of items (reads all of them).",
                       example: "list builds | count"),
        "parallel": Entry(usage: "foreach NAME in SOURCE parallel N { ... }",
                          summary: "Run up to N bodies at once (1 to 10000); failed items do not stop the others.",
                          example: "foreach b in list builds parallel 4 { delete build $b }"),
        "desc": Entry(usage: "SOURCE | sort KEY desc", summary: "Sort from the largest key to the smallest.",
                      example: "list builds | sort date_created desc"),
        "asc": Entry(usage: "SOURCE | sort KEY asc", summary: "Sort from the smallest key to the largest (the default).",
                     example: "list builds | sort date_created asc"),
    ]
}
