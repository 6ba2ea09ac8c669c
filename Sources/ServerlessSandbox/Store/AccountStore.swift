import Foundation
import GRDB

/// A stored account.
struct AccountRow: SnakeCaseRow, SequencedRow {
    static let databaseTableName = "account"
    var seq: Int64?
    var sid: String
    var authToken: String
    var generated: Bool
    var dateCreated: Date

    mutating func didInsert(_ inserted: InsertionSuccess) { seq = inserted.rowID }
}

/// The accounts a starting server accepts, and the one it generated itself, if any.
struct AccountSetup: Sendable {
    var accounts: [SandboxAccount]
    var generated: SandboxAccount?
}

extension SandboxStore {
    /// Stores the configured accounts, or with none configured reuses the stored ones, creating one
    /// (with a random or seeded token) when the database has none yet.
    func prepareAccounts(_ configured: [SandboxAccount]) async throws -> AccountSetup {
        let minter = minter
        return try await write { db in
            let now = Date()
            if !configured.isEmpty {
                for account in configured {
                    try db.execute(
                        sql: """
                        INSERT INTO account (sid, auth_token, generated, date_created) VALUES (?, ?, 0, ?)
                        ON CONFLICT(sid) DO UPDATE SET auth_token = excluded.auth_token
                        """,
                        arguments: [account.sid, account.authToken, now]
                    )
                }
                return AccountSetup(accounts: configured, generated: nil)
            }
            let stored = try AccountRow.order(Column("seq")).fetchAll(db)
            if !stored.isEmpty {
                return AccountSetup(accounts: stored.map { SandboxAccount(sid: $0.sid, authToken: $0.authToken) }, generated: nil)
            }
            let sid = try minter.mint(.account, in: db)
            let token = String(try minter.mint(.account, in: db).dropFirst(2))
            var row = AccountRow(seq: nil, sid: sid, authToken: token, generated: true, dateCreated: now)
            try row.insert(db)
            let account = SandboxAccount(sid: sid, authToken: token)
            return AccountSetup(accounts: [account], generated: account)
        }
    }
}
