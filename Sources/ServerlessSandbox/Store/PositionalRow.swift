import GRDB

/// A row type read by position (`ColumnReader`) rather than by column name or `Codable`: a list
/// reads thousands of rows, and finding a column by name hashes its name for every value read. The
/// type names its columns once; its `databaseSelection` (which query-interface requests select)
/// and the raw SQL of the hot queries both select exactly these, in this order.
protocol PositionalRow: TableRecord {
    /// The columns `init(row:)` reads, in order.
    static var columnNames: [String] { get }
}

extension PositionalRow {
    /// `columnNames` as a selection: the type's `databaseSelection`.
    static var positionalSelection: [any SQLSelectable] { columnNames.map { Column($0) } }

    /// `columnNames` as SQL: `a, b, c`.
    static var selectionSQL: String { columnNames.joined(separator: ", ") }
}
