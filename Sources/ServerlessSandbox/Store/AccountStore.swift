import Foundation
import GRDB

/// The accounts a starting server accepts, the one it generated itself (if any), and their API keys.
struct AccountSetup: Sendable {
    var accounts: [SandboxAccount]
    var generated: SandboxAccount?
    var apiKeys: [SandboxAPIKey] = []
}

/// Why the configured API keys could not be used.
public enum SandboxAPIKeyError: Error, Equatable, Sendable {
    /// The key names an account the server does not accept.
    case unknownAccount(keySid: String, accountSid: String)
    /// The key SID is not `SK` followed by 32 hex digits.
    case malformedSid(String)
}

extension SandboxStore {
    /// Prepares the accounts, then stores the configured API keys (each given to its account, or the
    /// first one) and returns every stored key of an accepted account.
    func prepareAccounts(_ configured: [SandboxAccount], apiKeys: [SandboxAPIKey]) async throws -> AccountSetup {
        var setup = try await prepareAccounts(configured)
        let accounts = setup.accounts.map(\.sid)
        setup.apiKeys = try await write { db in
            for key in apiKeys {
                guard SandboxAPIKey.isKeySid(key.sid) else { throw SandboxAPIKeyError.malformedSid(key.sid) }
                let owner = key.accountSid ?? accounts.first ?? ""
                guard accounts.contains(owner) else { throw SandboxAPIKeyError.unknownAccount(keySid: key.sid, accountSid: owner) }
                try db.execute(
                    sql: """
                    INSERT INTO api_key (sid, account_sid, secret, date_created) VALUES (?, ?, ?, ?)
                    ON CONFLICT(sid) DO UPDATE SET account_sid = excluded.account_sid, secret = excluded.secret
                    """,
                    arguments: [key.sid, owner, key.secret, Date()]
                )
            }
            return try Row.fetchAll(db, sql: "SELECT sid, secret, account_sid FROM api_key ORDER BY rowid").compactMap { row in
                let owner: String = row["account_sid"]
                return accounts.contains(owner) ? SandboxAPIKey(sid: row["sid"], secret: row["secret"], accountSid: owner) : nil
            }
        }
        return setup
    }

    /// Stores the configured accounts, or with none configured reuses the stored ones, creating one
    /// (with a random or seeded token) when the database has none yet.
    private func prepareAccounts(_ configured: [SandboxAccount]) async throws -> AccountSetup {
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
