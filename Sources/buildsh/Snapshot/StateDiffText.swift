import Foundation
import ServerlessClient
import ServerlessSandbox

/// A ``StateDiff`` as people and programs read it: a table (one line per created or deleted
/// resource and per changed field; `no changes` when there are none) or one JSON document
/// (`{"identical": bool, "changes": [{kind, change, sid, service, name, fields: [{field, old, new}]}]}`).
/// A variable's value is never shown: its change reads `[withheld]`. Names come from the server and
/// are shown escaped.
enum StateDiffText {
    static func render(_ diff: StateDiff, json: Bool) -> String {
        json ? renderJSON(diff) : renderTable(diff)
    }

    private static let withheld = "[withheld]"

    static func renderTable(_ diff: StateDiff) -> String {
        guard !diff.isEmpty else { return "no changes\n" }
        var rows = [["KIND", "CHANGE", "SID", "SERVICE", "NAME", "FIELD", "OLD", "NEW"]]
        for change in diff.changes {
            let head = [change.kind.rawValue, change.action.rawValue, change.sid, shown(change.service), shown(change.name)]
            if change.fields.isEmpty {
                rows.append(head + ["", "", ""])
            }
            for field in change.fields {
                let old = field.isSecret ? withheld : field.old.map(shown) ?? "-"
                let new = field.isSecret ? withheld : field.new.map(shown) ?? "-"
                rows.append(head + [field.field, old, new])
            }
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var text = ""
        for row in rows {
            let cells = row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }
            text += cells.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }
        let counts = StateDiff.Change.Action.allCases.map { action in
            "\(diff.changes.count { $0.action == action }) \(action.rawValue)"
        }
        return text + counts.joined(separator: ", ") + "\n"
    }

    static func renderJSON(_ diff: StateDiff) -> String {
        let changes: [[String: Any]] = diff.changes.map { change in
            [
                "kind": change.kind.rawValue, "change": change.action.rawValue, "sid": change.sid,
                "service": change.service, "name": change.name,
                "fields": change.fields.map { field -> [String: Any] in
                    [
                        "field": field.field,
                        "old": jsonValue(field.isSecret ? withheld : field.old),
                        "new": jsonValue(field.isSecret ? withheld : field.new),
                    ]
                },
            ]
        }
        let document: [String: Any] = ["identical": diff.isEmpty, "changes": changes]
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A text, or JSON's null for none.
    private static func jsonValue(_ text: String?) -> Any {
        text.map { $0 as Any } ?? NSNull()
    }

    private static func shown(_ text: String) -> String {
        ServerText.escaped(text)
    }
}
