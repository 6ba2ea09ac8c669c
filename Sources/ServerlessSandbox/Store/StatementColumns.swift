import GRDB
import GRDBSQLite

/// The current row of a statement being stepped, read in place: text columns as the bytes SQLite
/// holds, without making a `String` of each. A page of 1,000 builds reads about 25,000 text values,
/// and making strings of them (then dates of some) was a third of the page's time. Valid only until
/// the statement steps again.
struct StatementColumns {
    let statement: Statement

    /// The text of column `index` as SQLite holds it; empty for NULL.
    func text(_ index: Int32) -> UnsafeBufferPointer<UInt8> {
        let handle = statement.sqliteStatement
        guard let start = sqlite3_column_text(handle, index) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(handle, index)))
    }

    /// Whether column `index` is NULL.
    func isNull(_ index: Int32) -> Bool {
        sqlite3_column_type(statement.sqliteStatement, index) == SQLITE_NULL
    }

    /// Column `index` as an integer.
    func int64(_ index: Int32) -> Int64 {
        sqlite3_column_int64(statement.sqliteStatement, index)
    }

    /// Column `index` as GRDB reads a `String`: up to the first NUL, invalid UTF-8 repaired. For the
    /// rare text that cannot be copied as it is.
    func string(_ index: Int32) -> String {
        guard let start = sqlite3_column_text(statement.sqliteStatement, index) else { return "" }
        return String(cString: start)
    }

    /// Column `index` as GRDB's database value (for the rare value read the long way).
    func databaseValue(_ index: Int32) -> DatabaseValue {
        DatabaseValue(sqliteStatement: statement.sqliteStatement, index: index)
    }
}
