import BuildScript
import Foundation
import ServerlessClient

/// Human output: key/value blocks for records, aligned tables for lists of records.
enum TableText {
    /// The widest a table cell gets before it is cut with `…`.
    static let maximumCellWidth = 60

    /// Renders any value for people.
    static func render(_ value: Value) -> String {
        switch value {
        case .record(let fields): return keyValueBlock(fields)
        case .list(let items): return list(items)
        default: return ScalarText.shown(value)
        }
    }

    /// Lists of records as a table, empty lists as `(no results)`, other lists one item per line.
    /// Records holding lists of records (`status`'s functions) print as key/value blocks, a blank
    /// line apart, each nested list as a sub-table.
    static func list(_ items: [Value]) -> String {
        if items.isEmpty { return "(no results)" }
        guard let records = TableColumns.records(items) else {
            return items.map(ScalarText.shown).joined(separator: "\n")
        }
        let columns = TableColumns.columns(for: records)
        if records.contains(where: { record in columns.contains { subTableRecords(record[$0]) != nil } }) {
            return records.map(keyValueBlock).joined(separator: "\n\n")
        }
        return table(records)
    }

    /// The records of a value that prints as a sub-table: a non-empty list of records.
    static func subTableRecords(_ value: Value?) -> [Fields]? {
        guard case .list(let items)? = value, !items.isEmpty else { return nil }
        return TableColumns.records(items)
    }

    /// How far a sub-table is indented under its key.
    static let subTableIndent = "  "

    /// An aligned table with a header row; columns per ``TableColumns``.
    static func table(_ records: [Fields]) -> String {
        let columns = TableColumns.columns(for: records)
        let rows = records.map { record in columns.map { cell(record[$0] ?? .null) } }
        return aligned([columns.map(TableColumns.header)] + rows)
    }

    /// Rows padded so that columns line up, two spaces apart, without trailing blanks.
    static func aligned(_ rows: [[String]]) -> String {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, text in
                column == row.count - 1 ? text : text.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n")
    }

    /// A record as `key  value` lines with aligned values; multi-line values continue indented. Keys
    /// are escaped as values are (a server's JSON keys are server text). A list of records
    /// (`function_versions`, `dependencies`) is a sub-table on the lines under its key, indented.
    /// API resources leave out `url` and `links`.
    static func keyValueBlock(_ fields: Fields) -> String {
        if fields.isEmpty { return "{}" }
        let shown = TableColumns.isResource(Set(fields.keys))
            ? fields.filter { !TableColumns.noisyFields.contains($0.key) } : fields
        let keys = shown.keys.map { ServerText.escaped($0) }
        let width = (keys.map(\.count).max() ?? 0) + 2
        let indent = String(repeating: " ", count: width)
        return zip(keys, shown.values).map { key, value in
            if let records = subTableRecords(value) {
                let rows = table(records).split(separator: "\n").map { subTableIndent + $0 }
                return ([key] + rows).joined(separator: "\n")
            }
            let lines = ScalarText.shown(value).split(separator: "\n", omittingEmptySubsequences: false)
            let first = key.padding(toLength: width, withPad: " ", startingAt: 0) + (lines.first ?? "")
            return ([first] + lines.dropFirst().map { indent + $0 }).joined(separator: "\n").trimmingTrailingSpaces()
        }.joined(separator: "\n")
    }

    /// One table cell: one line, control characters escaped, cut to ``maximumCellWidth``.
    static func cell(_ value: Value) -> String {
        let text = ScalarText.shown(value)
            .replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\t", with: "\\t")
        return text.count > maximumCellWidth ? String(text.prefix(maximumCellWidth - 1)) + "…" : text
    }
}

extension String {
    /// The string without spaces at its end.
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }
}
