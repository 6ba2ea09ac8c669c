import Foundation
import GRDB

/// Functions and Assets are the same shape (SID prefix ZH) and live in one table, told apart by kind.
enum ComponentKind: String, Sendable, Codable, DatabaseValueConvertible {
    case function
    case asset

    /// The path segment: `Functions` or `Assets`.
    var collection: String { self == .function ? "Functions" : "Assets" }
    /// The name in messages: `Function` or `Asset`.
    var title: String { self == .function ? "Function" : "Asset" }
}

extension SandboxStore {
    static func component(_ sid: String, kind: ComponentKind, service: ServiceRow, in db: Database) throws -> ComponentRow {
        let found = try ComponentRow.fetchOne(db.cachedStatement(sql: componentBySid), arguments: [sid, kind, service.sid])
        guard let found else { throw SandboxAPIError.notFound("/Services/\(service.sid)/\(kind.collection)/\(sid)") }
        return found
    }

    private static let componentBySid = "SELECT \(ComponentRow.selectionSQL) FROM component WHERE sid = ? AND kind = ? AND service_sid = ?"

    func createComponent(_ kind: ComponentKind, in path: ServicePath, friendlyName: String) async throws -> ComponentRow {
        let minter = minter
        return try await write { db in
            let service = try Self.service(path, in: db)
            let now = Date()
            var row = ComponentRow(
                seq: nil, sid: try minter.mint(.component, in: db), accountSid: service.accountSid, kind: kind,
                serviceSid: service.sid, friendlyName: friendlyName, dateCreated: now, dateUpdated: now
            )
            try row.insert(db)
            return row
        }
    }

    func component(_ kind: ComponentKind, sid: String, in path: ServicePath) async throws -> ComponentRow {
        try await read { db in
            let service = try Self.service(path, in: db)
            return try Self.component(sid, kind: kind, service: service, in: db)
        }
    }

    func listComponents(_ kind: ComponentKind, in path: ServicePath, page: PageRequest) async throws -> PageResult<ComponentRow> {
        try await read { db in
            let service = try Self.service(path, in: db)
            return try ComponentRow.filter(Column("service_sid") == service.sid && Column("kind") == kind).page(page, in: db)
        }
    }

    func renameComponent(_ kind: ComponentKind, sid: String, in path: ServicePath, friendlyName: String) async throws -> ComponentRow {
        try await write { db in
            let service = try Self.service(path, in: db)
            var row = try Self.component(sid, kind: kind, service: service, in: db)
            row.friendlyName = friendlyName
            row.dateUpdated = Date()
            try row.update(db)
            return row
        }
    }

    /// Deletes a Function or Asset with its versions, unless one of them is in a build that is live
    /// in an environment (409).
    func deleteComponent(_ kind: ComponentKind, sid: String, in path: ServicePath) async throws {
        try await write { db in
            let service = try Self.service(path, in: db)
            let row = try Self.component(sid, kind: kind, service: service, in: db)
            let live = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM version v
                JOIN build_version bv ON bv.version_sid = v.sid
                JOIN environment e ON e.build_sid = bv.build_sid
                WHERE v.component_sid = ?
                """, arguments: [row.sid]) ?? 0
            guard live == 0 else {
                throw SandboxAPIError.conflict("Cannot delete \(kind.title) because it's part of an active Deployment.")
            }
            try row.deleteStored(db)
        }
    }
}
