import GRDB

extension SequencedRow where Self: MutablePersistableRecord {
    /// Deletes this row by its `seq`, with a statement prepared once per connection (rows that
    /// reference it go by their foreign keys' cascade). GRDB's `delete(_:)` encodes the whole row
    /// through `Codable` to find its key and writes the SQL anew each time: half of what deleting a
    /// build cost the sandbox in a bulk cleanup.
    func deleteStored(_ db: Database) throws {
        guard let seq else {
            _ = try delete(db)  // not read from the store: found by its primary key instead
            return
        }
        try db.cachedStatement(sql: "DELETE FROM \(Self.databaseTableName) WHERE seq = ?").execute(arguments: [seq])
    }
}
