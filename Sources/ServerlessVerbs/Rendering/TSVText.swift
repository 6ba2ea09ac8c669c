/// Tab-separated output for `cut`, `awk` and spreadsheets: a header row of field names, then rows.
/// Tabs, newlines and backslashes inside values are escaped as `\t`, `\n`, `\\`.
enum TSVText {
    /// Records and lists of records as header + rows; lists of scalars one per line; scalars as text.
    static func render(_ value: PlainValue) -> String {
        switch value {
        case .record(let fields): return rows([fields])
        case .list(let items):
            let records = items.compactMap { item -> [PlainField]? in
                if case .record(let fields) = item { return fields }
                return nil
            }
            if !records.isEmpty, records.count == items.count { return rows(records) }
            return items.map(field).joined(separator: "\n")
        default: return field(value)
        }
    }

    /// The header row and one row per record.
    static func rows(_ records: [[PlainField]]) -> String {
        let columns = TableColumns.columns(for: records)
        let lines = [columns.joined(separator: "\t")] + records.map { record in row(record, columns: columns) }
        return lines.joined(separator: "\n")
    }

    /// One record's values in `columns` order.
    static func row(_ record: [PlainField], columns: [String]) -> String {
        columns.map { column in field(record.first { $0.key == column }?.value ?? .null) }.joined(separator: "\t")
    }

    /// One value with tab, newline, carriage return and backslash escaped.
    static func field(_ value: PlainValue) -> String {
        var out = ""
        for character in ScalarText.text(value) {
            switch character {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\r\n": out += "\\r\\n"
            default: out.append(character)
            }
        }
        return out
    }
}
