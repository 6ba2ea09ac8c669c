import BuildScript
import ServerlessVerbs

/// The REPL's last results, each with the statement that produced it: `.results` lists them, and
/// `.results N` makes result N the current `$ans` again (so `$ans` reaches any of the last
/// ``capacity``, not only the newest).
struct ResultHistory {
    /// One result.
    struct Entry {
        /// Its number in this session, counting from 1.
        let number: Int
        /// The statement as typed.
        let source: String
        /// Its value (what `$ans` was after it).
        let value: Value
    }

    /// How many results are kept.
    static let capacity = 20

    private(set) var entries: [Entry] = []
    private var next = 1

    /// Keeps `value` as the result of `source`, dropping the oldest past ``capacity``.
    mutating func record(_ source: String, value: Value) {
        entries.append(Entry(number: next, source: source, value: value))
        next += 1
        if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
    }

    /// The result numbered `number`, if still kept.
    func entry(_ number: Int) -> Entry? { entries.first { $0.number == number } }

    /// `  3  list builds | first 3    list of 3`, one line a result, oldest first; the statement's
    /// first line, cut at 48 characters.
    func listing() -> String {
        guard !entries.isEmpty else { return "no results yet: a statement that produces a value adds one\n" }
        return entries.map { entry in
            let firstLine = entry.source.split(separator: "\n").first.map(String.init) ?? ""
            let shown = firstLine.count > 48 ? String(firstLine.prefix(47)) + "…" : firstLine
            let padded = shown.padding(toLength: 48, withPad: " ", startingAt: 0)
            return String(format: "%4d  ", entry.number) + padded + "  " + Self.summary(entry.value)
        }.joined(separator: "\n") + "\n"
    }

    /// `list of 3`, `record (sid ZB…)`, `string`, `number 42`.
    static func summary(_ value: Value) -> String {
        switch value {
        case .list(let items): return "list of \(items.count)"
        case .record:
            if let sid = value["sid"].stringValue { return "record (sid \(sid))" }
            return "record"
        case .null: return "null (a stream too long or not read to its end is not kept)"
        case .number, .bool: return "\(value.typeName) \(value.description)"
        default: return value.typeName
        }
    }
}
