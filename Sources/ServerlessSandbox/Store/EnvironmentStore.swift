import Foundation
import GRDB

extension SandboxStore {
    /// The environment with this SID or unique name in this service; 20404 otherwise.
    static func environment(_ key: String, service: ServiceRow, in db: Database) throws -> EnvironmentRow {
        let column = SidPrefix.environment.matches(key) ? Column("sid") : Column("unique_name")
        guard let row = try EnvironmentRow.filter(Column("service_sid") == service.sid && column == key).fetchOne(db) else {
            throw SandboxAPIError.notFound("/Services/\(service.sid)/Environments/\(key)")
        }
        return row
    }

    /// The service and environment a nested path names.
    static func resolve(_ path: EnvironmentPath, in db: Database) throws -> (ServiceRow, EnvironmentRow) {
        let service = try Self.service(path.servicePath, in: db)
        return (service, try Self.environment(path.environment, service: service, in: db))
    }

    /// The row with this SID in one of an environment's collections (`Variables`, `Deployments`,
    /// `Logs`); 20404 naming its path otherwise.
    static func environmentRow<Row: SequencedRow>(
        _ sid: String, of collection: String, service: ServiceRow, environment: EnvironmentRow, in db: Database
    ) throws -> Row {
        guard let row = try Row.filter(Column("sid") == sid && Column("environment_sid") == environment.sid).fetchOne(db) else {
            throw SandboxAPIError.notFound("/Services/\(service.sid)/Environments/\(environment.sid)/\(collection)/\(sid)")
        }
        return row
    }

    /// A page of the rows in one of the collections of the environment `path` names, narrowed by
    /// `narrow` (all of them by default).
    func environmentRows<Row: SequencedRow>(
        in path: EnvironmentPath, page: PageRequest,
        narrowedBy narrow: @escaping @Sendable (QueryInterfaceRequest<Row>) -> QueryInterfaceRequest<Row> = { $0 }
    ) async throws -> PageResult<Row> {
        try await read { db in
            let (_, environment) = try Self.resolve(path, in: db)
            return try narrow(Row.filter(Column("environment_sid") == environment.sid)).page(page, in: db)
        }
    }

    /// The row with this SID in one of the collections of the environment `path` names.
    func environmentRow<Row: SequencedRow>(_ sid: String, of collection: String, in path: EnvironmentPath) async throws -> Row {
        try await read { db in
            let (service, environment) = try Self.resolve(path, in: db)
            return try Self.environmentRow(sid, of: collection, service: service, environment: environment, in: db)
        }
    }

    func createEnvironment(in path: ServicePath, uniqueName: String, domainSuffix: String?) async throws -> EnvironmentRow {
        let minter = minter
        return try await write { db in
            let service = try Self.service(path, in: db)
            // No suffix is a suffix too (the empty one, the service's bare domain): at most one
            // environment per service may have it, as the toolkit looks environments up by suffix.
            let sameSuffix = domainSuffix.map { Column("domain_suffix") == $0 } ?? (Column("domain_suffix") == nil)
            let clash = EnvironmentRow.filter(Column("service_sid") == service.sid && (Column("unique_name") == uniqueName || sameSuffix))
            guard try clash.isEmpty(db) else {
                throw SandboxAPIError.conflict("Environment with this UniqueName or DomainSuffix already exists.")
            }
            let now = Date()
            let host = domainSuffix.map { "\(service.domainBase)-\($0)" } ?? service.domainBase
            var row = EnvironmentRow(
                seq: nil, sid: try minter.mint(.environment, in: db), accountSid: service.accountSid, serviceSid: service.sid,
                buildSid: nil, uniqueName: uniqueName, domainSuffix: domainSuffix, domainName: "\(host).twil.io",
                dateCreated: now, dateUpdated: now
            )
            try row.insert(db)
            return row
        }
    }

    func environment(_ path: EnvironmentPath) async throws -> EnvironmentRow {
        try await read { db in try Self.resolve(path, in: db).1 }
    }

    func listEnvironments(in path: ServicePath, page: PageRequest) async throws -> PageResult<EnvironmentRow> {
        try await read { db in
            let service = try Self.service(path, in: db)
            return try EnvironmentRow.filter(Column("service_sid") == service.sid).page(page, in: db)
        }
    }

    /// Deletes an environment with its deployments, variables and logs.
    func deleteEnvironment(_ path: EnvironmentPath) async throws {
        try await write { db in
            let (_, environment) = try Self.resolve(path, in: db)
            try environment.deleteStored(db)
        }
    }
}
