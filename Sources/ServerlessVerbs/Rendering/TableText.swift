import BuildScript
import Foundation
import ServerlessClient

/// Human output: key/value blocks for records, aligned tables for lists of records.
enum TableText {
    /// The widest a table cell gets before it is cut with `…`.
    static let maximumCellWidth = 60

    /// The narrowest a column is squeezed to when a table must fit a terminal.
    static let narrowestColumn = 8

    /// Renders any value for people; tables (and sub-tables) fit `width` columns when given.
    static func render(_ value: Value, width: Int? = nil) -> String {
        switch value {
        case .record(let fields): return keyValueBlock(fields, width: width)
        case .list(let items): return list(items, width: width)
        default: return ScalarText.shown(value)
        }
    }

    /// Lists of records as a table, empty lists as `(no results)`, other lists one item per line.
    /// Records holding lists of records (`status`'s functions) print as key/value blocks, a blank
    /// line apart, each nested list as a sub-table.
    static func list(_ items: [Value], width: Int? = nil) -> String {
        if items.isEmpty { return "(no results)" }
        guard let records = TableColumns.records(items) else {
            return items.map(ScalarText.shown).joined(separator: "\n")
        }
        let columns = TableColumns.columns(for: records)
        if records.contains(where: { record in columns.contains { subTableRecords(record[$0]) != nil } }) {
            return records.map { keyValueBlock($0, width: width) }.joined(separator: "\n\n")
        }
        return table(records, width: width)
    }

    /// The records of a value that prints as a sub-table: a non-empty list of records.
    static func subTableRecords(_ value: Value?) -> [Fields]? {
        guard case .list(let items)? = value, !items.isEmpty else { return nil }
        return TableColumns.records(items)
    }

    /// How far a sub-table is indented under its key.
    static let subTableIndent = "  "

    /// An aligned table with a header row; columns per ``TableColumns``.
    static func table(_ records: [Fields], width: Int? = nil) -> String {
        let columns = TableColumns.columns(for: records)
        let rows = records.map { record in columns.map { cell(record[$0] ?? .null) } }
        return aligned([columns.map(TableColumns.header)] + rows, fitting: width)
    }

    /// Rows padded so that columns line up, two spaces apart, without trailing blanks; with
    /// `total`, the widest columns are narrowed (to ``narrowestColumn`` at the least) until the
    /// rows fit, cells cut to their column with `…`, and columns that still do not fit left out
    /// from the right (`select` picks the ones to see).
    static func aligned(_ rows: [[String]], fitting total: Int? = nil) -> String {
        let count = rows.map(\.count).max() ?? 0
        let natural = (0..<count).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        var widths = natural
        var rows = rows
        if let total {
            widths = fitted(natural, into: total)
            // Columns that cannot fit even at their narrowest are left out, from the right.
            while widths.count > 1, widths.reduce(0, +) + 2 * (widths.count - 1) > total {
                widths = fitted(Array(natural.prefix(widths.count - 1)), into: total)
            }
            rows = rows.map { Array($0.prefix(widths.count)) }
        }
        return rows.map { row in
            row.enumerated().map { column, text in
                let shown = cut(text, to: widths[column])
                return column == row.count - 1 ? shown : shown.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n")
    }

    /// Column widths narrowed, widest first, until they and the gaps between them fit `total`.
    static func fitted(_ widths: [Int], into total: Int) -> [Int] {
        var widths = widths
        let gaps = 2 * max(0, widths.count - 1)
        while widths.reduce(0, +) + gaps > total,
            let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > narrowestColumn
        {
            widths[widest] -= 1
        }
        return widths
    }

    /// `text` cut to `width` characters, the last one `…` when cut.
    static func cut(_ text: String, to width: Int) -> String {
        text.count > width ? String(text.prefix(max(0, width - 1))) + "…" : text
    }

    /// A record as `key  value` lines with aligned values; multi-line values continue indented. Keys
    /// are escaped as values are (a server's JSON keys are server text). A list of records
    /// (`function_versions`, `dependencies`) is a sub-table on the lines under its key, indented; a
    /// record (`links`) is a key/value block there, its lines cut with `…` to the width left
    /// (`cuttingLines`; a top-level record's values are shown whole). API resources leave out `url`
    /// and `links`.
    static func keyValueBlock(_ fields: Fields, width total: Int? = nil, cuttingLines: Bool = false) -> String {
        if fields.isEmpty { return "{}" }
        let shown = TableColumns.isResource(Set(fields.keys))
            ? fields.filter { !TableColumns.noisyFields.contains($0.key) } : fields
        let keys = shown.keys.map { ServerText.escaped($0) }
        let width = (keys.map(\.count).max() ?? 0) + 2
        let indent = String(repeating: " ", count: width)
        let inner = total.map { $0 - subTableIndent.count }
        return zip(keys, shown.values).map { key, value in
            if let records = subTableRecords(value) {
                return indented(table(records, width: inner), under: key)
            }
            if case .record(let record) = value, !record.isEmpty {
                return indented(keyValueBlock(record, width: inner, cuttingLines: true), under: key)
            }
            let lines = ScalarText.shown(value).split(separator: "\n", omittingEmptySubsequences: false)
            let first = key.padding(toLength: width, withPad: " ", startingAt: 0) + (lines.first ?? "")
            return ([first] + lines.dropFirst().map { indent + $0 })
                .map { line in cuttingLines ? total.map { cut(line, to: $0) } ?? line : line }
                .joined(separator: "\n").trimmingTrailingSpaces()
        }.joined(separator: "\n")
    }

    /// `block` on the lines under `key`, each indented by ``subTableIndent``.
    private static func indented(_ block: String, under key: String) -> String {
        let lines = block.split(separator: "\n", omittingEmptySubsequences: false)
        return ([key] + lines.map { $0.isEmpty ? "" : subTableIndent + $0 }).joined(separator: "\n")
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
