import Foundation
import GRDB

/// Reads a row's columns by position, left to right: a list reads thousands of rows, and finding a
/// column by name hashes its name for every value. See `PositionalRow`.
struct ColumnReader {
    private let row: Row
    private var index = 0

    init(_ row: Row) { self.row = row }

    /// The next column's value.
    mutating func next<Value: DatabaseValueConvertible & StatementColumnConvertible>(_: Value.Type = Value.self) -> Value {
        defer { index += 1 }
        return row[index]
    }

    /// The next column as a stored date (see `StoredDate`).
    mutating func nextDate() -> Date {
        defer { index += 1 }
        return StoredDate.read(row, at: index)
    }

    /// The next column as one of a type's raw values; a value the sandbox never writes is a
    /// decoding error naming the column.
    mutating func next<Value: RawRepresentable<String>>(_: Value.Type = Value.self, column name: String) throws -> Value {
        let text: String = next()
        guard let value = Value(rawValue: text) else { throw RowDecodingError(name: name, found: text) }
        return value
    }
}
