import Foundation
import GRDB

/// Who may fetch a deployed Function or Asset version.
enum Visibility: String, Sendable, Codable, CaseIterable, DatabaseValueConvertible {
    case `public`, `private`, protected
}

/// A stored Function Version or Asset Version, with its uploaded content.
struct VersionRow: SnakeCaseRow, SequencedRow {
    static let databaseTableName = "version"
    var seq: Int64?
    var sid: String
    var kind: ComponentKind
    var accountSid: String
    var serviceSid: String
    var componentSid: String
    var path: String
    var visibility: Visibility
    var content: Data
    var contentType: String?
    var dateCreated: Date

    mutating func didInsert(_ inserted: InsertionSuccess) { seq = inserted.rowID }

    /// The columns needed to list and render versions, without the (possibly large) content.
    static var summaryColumns: [any SQLSelectable] {
        [
        Column("seq"), Column("sid"), Column("kind"), Column("account_sid"), Column("service_sid"),
        Column("component_sid"), Column("path"), Column("visibility"),
        SQL("x''").sqlExpression.forKey("content"), Column("content_type"), Column("date_created"),
        ]
    }
}

extension VersionRow {
    /// Reads the columns without Codable: a page of builds decodes thousands of versions.
    init(row: Row) throws {
        seq = row["seq"]
        sid = row["sid"]
        let kindText: String = row["kind"]
        let visibilityText: String = row["visibility"]
        guard let kind = ComponentKind(rawValue: kindText) else { throw RowDecodingError(name: "kind", found: kindText) }
        guard let visibility = Visibility(rawValue: visibilityText) else { throw RowDecodingError(name: "visibility", found: visibilityText) }
        self.kind = kind
        self.visibility = visibility
        accountSid = row["account_sid"]
        serviceSid = row["service_sid"]
        componentSid = row["component_sid"]
        path = row["path"]
        content = row["content"]
        contentType = row["content_type"]
        dateCreated = row["date_created"]
    }
}

/// What an upload carries.
struct VersionUpload: Sendable {
    var path: String
    var visibility: Visibility
    var content: Data
    var contentType: String?
}

extension SandboxStore {
    func createVersion(_ kind: ComponentKind, componentSid: String, in path: ServicePath, upload: VersionUpload) async throws -> VersionRow {
        let minter = minter
        return try await write { db in
            let service = try Self.service(path, in: db)
            let component = try Self.component(componentSid, kind: kind, service: service, in: db)
            var row = VersionRow(
                seq: nil, sid: try minter.mint(.version, in: db), kind: kind, accountSid: service.accountSid,
                serviceSid: service.sid, componentSid: component.sid, path: upload.path,
                visibility: upload.visibility, content: upload.content, contentType: upload.contentType, dateCreated: Date()
            )
            try row.insert(db)
            return row
        }
    }

    /// One version, with content when `withContent`.
    func version(_ kind: ComponentKind, sid: String, componentSid: String, in path: ServicePath, withContent: Bool = false) async throws -> VersionRow {
        try await read { db in
            let service = try Self.service(path, in: db)
            let component = try Self.component(componentSid, kind: kind, service: service, in: db)
            var request = VersionRow.filter(Column("sid") == sid && Column("component_sid") == component.sid)
            if !withContent { request = request.select(VersionRow.summaryColumns) }
            guard let row = try request.fetchOne(db) else {
                throw SandboxAPIError.notFound("/Services/\(service.sid)/\(kind.collection)/\(component.sid)/Versions/\(sid)")
            }
            return row
        }
    }

    func listVersions(_ kind: ComponentKind, componentSid: String, in path: ServicePath, page: PageRequest) async throws -> PageResult<VersionRow> {
        try await read { db in
            let service = try Self.service(path, in: db)
            let component = try Self.component(componentSid, kind: kind, service: service, in: db)
            return try VersionRow.filter(Column("component_sid") == component.sid)
                .select(VersionRow.summaryColumns).page(page, in: db)
        }
    }
}
