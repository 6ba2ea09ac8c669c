import BuildScript
import ServerlessClient

/// How single values read in human and tab-separated output: as the language prints them
/// (`3`, `1s500ms`, `2026-11-29T01:00:00Z`), lists and records as compact JSON, `null` as nothing.
enum ScalarText {
    /// The text of a value in a cell or a key/value line.
    static func text(_ value: Value) -> String {
        switch value {
        case .null: ""
        case .string(let string): string
        case .list, .record: value.toJSON()
        case .error(let error): error.message
        default: value.description
        }
    }

    /// The text as a terminal may show it: ``text(_:)`` with control characters other than line
    /// breaks and tabs escaped (`\e`, `\r`, `\u{7}`), so that text from a server is shown, never
    /// obeyed.
    static func shown(_ value: Value) -> String {
        ServerText.escaped(text(value), keepingLineBreaks: true)
    }
}
