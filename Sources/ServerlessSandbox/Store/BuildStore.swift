import Foundation
import GRDB

/// A stored Build. `status` in the table may lag behind time: `settled(at:)` gives the true one.
struct BuildRow: SnakeCaseRow, SequencedRow {
    static let databaseTableName = "build"
    var seq: Int64?
    var sid: String
    var accountSid: String
    var serviceSid: String
    var dependencies: String
    var runtime: String
    var status: BuildStatus
    var outcome: BuildStatus
    var failureReason: String?
    var readyAt: Date
    var dateCreated: Date
    var dateUpdated: Date

    mutating func didInsert(_ inserted: InsertionSuccess) { seq = inserted.rowID }

    /// The build as it stands at `now`: once its build time has passed it has its outcome, and its
    /// `date_updated` is the moment that happened.
    func settled(at now: Date) -> BuildRow {
        guard status == .building, readyAt <= now else { return self }
        var copy = self
        copy.status = outcome
        copy.dateUpdated = readyAt
        return copy
    }
}

extension BuildRow {
    /// Reads the columns by name, without Codable: a list decodes many rows.
    init(row: Row) throws {
        seq = row["seq"]
        sid = row["sid"]
        accountSid = row["account_sid"]
        serviceSid = row["service_sid"]
        dependencies = row["dependencies"]
        runtime = row["runtime"]
        status = try BuildStatus.column(row, "status")
        outcome = try BuildStatus.column(row, "outcome")
        failureReason = row["failure_reason"]
        readyAt = row["ready_at"]
        dateCreated = row["date_created"]
        dateUpdated = row["date_updated"]
    }
}

/// A build with the version objects it embeds.
struct BuildDetail: Sendable {
    var build: BuildRow
    var functionVersions: [VersionRow]
    var assetVersions: [VersionRow]
}

/// What a create-build request asks for, already parsed.
struct BuildRequest: Sendable {
    var functionVersions: [String]
    var assetVersions: [String]
    var dependencies: [BuildDependency]
    var runtime: String
}

extension SandboxStore {
    /// Writes the outcome of every build whose time has come, so the table agrees with the clock.
    static func settleBuilds(in db: Database, now: Date = Date()) throws {
        try db.execute(
            sql: "UPDATE build SET status = outcome, date_updated = ready_at WHERE status = 'building' AND ready_at <= ?",
            arguments: [now]
        )
    }

    static func build(_ sid: String, service: ServiceRow, in db: Database) throws -> BuildRow {
        guard let row = try BuildRow.filter(Column("sid") == sid && Column("service_sid") == service.sid).fetchOne(db) else {
            throw SandboxAPIError.notFound("/Services/\(service.sid)/Builds/\(sid)")
        }
        return row.settled(at: Date())
    }

    static func details(of builds: [BuildRow], in db: Database) throws -> [BuildDetail] {
        guard !builds.isEmpty else { return [] }
        let placeholders = Array(repeating: "?", count: builds.count).joined(separator: ",")
        // A cursor, not fetchAll: its rows find columns through the statement's index, where a
        // copied row searches its column names one by one for every value read.
        let rows = try Row.fetchCursor(db, sql: """
            SELECT bv.build_sid AS owner, v.seq, v.sid, v.kind, v.account_sid, v.service_sid, v.component_sid,
                   v.path, v.visibility, x'' AS content, v.content_type, v.date_created
            FROM build_version bv JOIN version v ON v.sid = bv.version_sid
            WHERE bv.build_sid IN (\(placeholders)) ORDER BY bv.build_sid, bv.position
            """, arguments: StatementArguments(builds.map(\.sid)))
        var byBuild: [String: [VersionRow]] = [:]
        while let row = try rows.next() {
            let owner: String = row["owner"]
            byBuild[owner, default: []].append(try VersionRow(row: row))
        }
        return builds.map { build in
            let versions = byBuild[build.sid] ?? []
            return BuildDetail(
                build: build,
                functionVersions: versions.filter { $0.kind == .function },
                assetVersions: versions.filter { $0.kind == .asset }
            )
        }
    }

    /// Checks every version SID of a build request (format, existence in this service, kind, no
    /// repeats) and returns them in order with what the failure rules need to know of them.
    static func resolveVersions(of request: BuildRequest, service: ServiceRow, in db: Database) throws -> ([String], [BuildRules.Input]) {
        var inputs: [BuildRules.Input] = []
        var sids: [String] = []
        for (kind, list) in [(ComponentKind.function, request.functionVersions), (.asset, request.assetVersions)] {
            let parameter = kind == .function ? "FunctionVersions" : "AssetVersions"
            for sid in list {
                guard SidPrefix.version.matches(sid) else {
                    throw SandboxAPIError.invalid("Invalid \(parameter): \(sid) is not a valid \(kind.title) Version SID")
                }
                let found = try Row.fetchOne(db, sql: """
                    SELECT path, length(content) AS size FROM version
                    WHERE sid = ? AND service_sid = ? AND kind = ?
                    """, arguments: [sid, service.sid, kind])
                guard let found else {
                    throw SandboxAPIError.invalid("\(kind.title) Version \(sid) was not found in Service \(service.sid)")
                }
                guard !sids.contains(sid) else {
                    throw SandboxAPIError.invalid("\(kind.title) Version \(sid) is listed more than once")
                }
                sids.append(sid)
                inputs.append(BuildRules.Input(kind: kind, path: found["path"], contentSize: found["size"]))
            }
        }
        return (sids, inputs)
    }

    /// Creates a build of checked versions; it ends by the failure rules once the build time passes.
    func createBuild(in path: ServicePath, request: BuildRequest) async throws -> BuildDetail {
        let minter = minter
        let buildTime = buildTime
        return try await write { db in
            let service = try Self.service(path, in: db)
            guard !(request.functionVersions.isEmpty && request.assetVersions.isEmpty) else {
                throw SandboxAPIError.invalid("At least one Function Version or Asset Version is required for Build")
            }
            let (sids, inputs) = try Self.resolveVersions(of: request, service: service, in: db)
            let (outcome, reason) = BuildRules.outcome(dependencies: request.dependencies, versions: inputs)
            let now = Date()
            let readyAt = now.addingTimeInterval(Double(buildTime.milliseconds) / 1000)
            var build = BuildRow(
                seq: nil, sid: try minter.mint(.build, in: db), accountSid: service.accountSid, serviceSid: service.sid,
                dependencies: BuildDependency.encode(request.dependencies), runtime: request.runtime,
                status: .building, outcome: outcome, failureReason: reason, readyAt: readyAt,
                dateCreated: now, dateUpdated: now
            )
            try build.insert(db)
            for (position, sid) in sids.enumerated() {
                try db.execute(
                    sql: "INSERT INTO build_version (build_sid, version_sid, position) VALUES (?, ?, ?)",
                    arguments: [build.sid, sid, position]
                )
            }
            return try Self.details(of: [build.settled(at: now)], in: db)[0]
        }
    }

    func build(_ sid: String, in path: ServicePath) async throws -> BuildDetail {
        try await read { db in
            let service = try Self.service(path, in: db)
            return try Self.details(of: [Self.build(sid, service: service, in: db)], in: db)[0]
        }
    }

    func buildStatus(_ sid: String, in path: ServicePath) async throws -> BuildRow {
        try await read { db in
            let service = try Self.service(path, in: db)
            return try Self.build(sid, service: service, in: db)
        }
    }

    func listBuilds(in path: ServicePath, page: PageRequest) async throws -> (PageResult<BuildRow>, [BuildDetail]) {
        try await read { db in
            let service = try Self.service(path, in: db)
            var result = try BuildRow.filter(Column("service_sid") == service.sid).page(page, in: db)
            let now = Date()
            result.rows = result.rows.map { $0.settled(at: now) }
            return (result, try Self.details(of: result.rows, in: db))
        }
    }

    /// Deletes a build unless an environment currently runs it (409).
    func deleteBuild(_ sid: String, in path: ServicePath) async throws {
        try await write { db in
            let service = try Self.service(path, in: db)
            let build = try Self.build(sid, service: service, in: db)
            guard try EnvironmentRow.filter(Column("build_sid") == build.sid).isEmpty(db) else {
                throw SandboxAPIError.conflict("Cannot delete Build because it's part of an active Deployment.")
            }
            _ = try build.delete(db)
        }
    }
}
