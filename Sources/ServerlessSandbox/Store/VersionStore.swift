import Foundation
import GRDB

/// Who may fetch a deployed Function or Asset version.
enum Visibility: String, Sendable, Codable, CaseIterable, DatabaseValueConvertible {
    case `public`, `private`, protected
}

extension VersionRow {
    /// The columns needed to list and render versions, without the (possibly large) content.
    static var summaryColumns: [any SQLSelectable] {
        columnNames.map { name -> any SQLSelectable in
            name == "content" ? SQL("x''").sqlExpression.forKey("content") : Column(name)
        }
    }

    /// `summaryColumns` as SQL, each column qualified with `table.`.
    static func summarySQL(qualifiedBy table: String) -> String {
        columnNames.map { $0 == "content" ? "x'' AS content" : "\(table).\($0)" }.joined(separator: ", ")
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
                seq: nil, sid: try minter.mint(.version, in: db), accountSid: service.accountSid, kind: kind,
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
            let statement = try db.cachedStatement(sql: withContent ? Self.versionWithContent : Self.versionSummary)
            guard let row = try VersionRow.fetchOne(statement, arguments: [sid, component.sid]) else {
                throw SandboxAPIError.notFound("/Services/\(service.sid)/\(kind.collection)/\(component.sid)/Versions/\(sid)")
            }
            return row
        }
    }

    private static let versionWithContent = "SELECT \(VersionRow.selectionSQL) FROM version WHERE sid = ? AND component_sid = ?"
    private static let versionSummary = """
        SELECT \(VersionRow.summarySQL(qualifiedBy: "version")) FROM version WHERE sid = ? AND component_sid = ?
        """

    func listVersions(_ kind: ComponentKind, componentSid: String, in path: ServicePath, page: PageRequest) async throws -> PageResult<VersionRow> {
        try await read { db in
            let service = try Self.service(path, in: db)
            let component = try Self.component(componentSid, kind: kind, service: service, in: db)
            return try VersionRow.filter(Column("component_sid") == component.sid)
                .select(VersionRow.summaryColumns).page(page, in: db)
        }
    }
}
