import BuildScript
import ServerlessClient

/// Tab-separated output for `cut`, `awk` and spreadsheets: a header row of field names, then rows.
/// Tabs, newlines and backslashes inside values and field names are escaped as `\t`, `\n`, `\\`;
/// other control characters as `\e`, `\r`, `\u{7}` (text from a server is shown, never obeyed).
enum TSVText {
    /// Records and lists of records as header + rows; lists of scalars one per line; scalars as text.
    static func render(_ value: Value) -> String {
        switch value {
        case .record(let fields): return rows([fields])
        case .list(let items):
            if !items.isEmpty, let records = TableColumns.records(items) { return rows(records) }
            return items.map(field).joined(separator: "\n")
        default: return field(value)
        }
    }

    /// The header row and one row per record.
    static func rows(_ records: [Fields]) -> String {
        let columns = TableColumns.columns(for: records)
        return ([header(columns)] + records.map { row($0, columns: columns) }).joined(separator: "\n")
    }

    /// The header row: the field names, escaped as values are (a key is server text too).
    static func header(_ columns: [String]) -> String {
        columns.map { field(.string($0)) }.joined(separator: "\t")
    }

    /// One record's values in `columns` order.
    static func row(_ record: Fields, columns: [String]) -> String {
        columns.map { field(record[$0] ?? .null) }.joined(separator: "\t")
    }

    /// One value with backslash and every control character escaped.
    static func field(_ value: Value) -> String {
        var out = ""
        for scalar in ScalarText.text(value).unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case _ where ServerText.isControl(scalar): out += ServerText.escape(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
