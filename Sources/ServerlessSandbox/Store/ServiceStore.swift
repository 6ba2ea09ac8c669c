import Foundation
import GRDB

/// The most services one account may have, as on Twilio.
let maximumServicesPerAccount = 50

extension SandboxStore {
    /// The service with this SID or unique name in this account; 20404 otherwise.
    /// Every nested route looks its service up first: one prepared statement, kept per connection.
    static func service(_ key: String, account: String, in db: Database) throws -> ServiceRow {
        let statement = try db.cachedStatement(sql: SidPrefix.service.matches(key) ? serviceBySid : serviceByUniqueName)
        guard let row = try ServiceRow.fetchOne(statement, arguments: [account, key]) else {
            throw SandboxAPIError.notFound("/Services/\(key)")
        }
        return row
    }

    private static let serviceBySid = "SELECT \(ServiceRow.selectionSQL) FROM service WHERE account_sid = ? AND sid = ?"
    private static let serviceByUniqueName = "SELECT \(ServiceRow.selectionSQL) FROM service WHERE account_sid = ? AND unique_name = ?"

    static func service(_ path: ServicePath, in db: Database) throws -> ServiceRow {
        try service(path.service, account: path.account, in: db)
    }

    func createService(account: String, uniqueName: String, friendlyName: String, includeCredentials: Bool, uiEditable: Bool) async throws -> ServiceRow {
        let minter = minter
        return try await write { db in
            let owned = try ServiceRow.filter(Column("account_sid") == account).fetchCount(db)
            guard owned < maximumServicesPerAccount else {
                throw SandboxAPIError.invalid("Services are limited to less than or equal to \(maximumServicesPerAccount)")
            }
            guard try ServiceRow.filter(Column("account_sid") == account && Column("unique_name") == uniqueName).isEmpty(db) else {
                throw SandboxAPIError.conflict("Service with UniqueName \(uniqueName) already exists")
            }
            let sid = try minter.mint(.service, in: db)
            let now = Date()
            let suffix = String(sid.suffix(4))
            var row = ServiceRow(
                seq: nil, sid: sid, accountSid: account, uniqueName: uniqueName, friendlyName: friendlyName,
                includeCredentials: includeCredentials, uiEditable: uiEditable,
                domainBase: "\(uniqueName)-\(suffix)", dateCreated: now, dateUpdated: now
            )
            try row.insert(db)
            return row
        }
    }

    func service(_ path: ServicePath) async throws -> ServiceRow {
        try await read { db in try Self.service(path, in: db) }
    }

    func listServices(account: String, page: PageRequest) async throws -> PageResult<ServiceRow> {
        try await read { db in try ServiceRow.filter(Column("account_sid") == account).page(page, in: db) }
    }

    func updateService(_ path: ServicePath, friendlyName: String?, includeCredentials: Bool?, uiEditable: Bool?) async throws -> ServiceRow {
        try await write { db in
            var row = try Self.service(path, in: db)
            if let friendlyName { row.friendlyName = friendlyName }
            if let includeCredentials { row.includeCredentials = includeCredentials }
            if let uiEditable { row.uiEditable = uiEditable }
            row.dateUpdated = Date()
            try row.update(db)
            return row
        }
    }

    func deleteService(_ path: ServicePath) async throws {
        let renderedBuilds = renderedBuilds
        try await write { db in
            let row = try Self.service(path, in: db)
            try row.deleteStored(db)
            renderedBuilds.remove(serviceSid: row.sid)
        }
    }
}
