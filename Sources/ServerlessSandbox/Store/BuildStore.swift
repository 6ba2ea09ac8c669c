import Foundation
import GRDB

extension BuildRow {
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

    /// The build as it stands at `now`; 20404 when the service has none with this SID.
    static func build(_ sid: String, service: ServiceRow, at now: Date = Date(), in db: Database) throws -> BuildRow {
        guard let row = try BuildRow.fetchOne(db.cachedStatement(sql: buildBySid), arguments: [sid, service.sid]) else {
            throw SandboxAPIError.notFound("/Services/\(service.sid)/Builds/\(sid)")
        }
        return row.settled(at: now)
    }

    private static let buildBySid = "SELECT \(BuildRow.selectionSQL) FROM build WHERE sid = ? AND service_sid = ?"

    /// The builds with the versions they embed, read in one query for all of them. `builds` are
    /// all of one service's builds between the first and the last one's `seq` (a page, or one build).
    static func details(of builds: [BuildRow], in db: Database) throws -> [BuildDetail] {
        let positions = builds.compactMap(\.seq)
        guard let first = builds.first, let low = positions.min(), let high = positions.max() else {
            return builds.map { BuildDetail(build: $0, functionVersions: [], assetVersions: []) }
        }
        // A cursor, not fetchAll: its rows are read in place, not copied.
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: embeddedVersions), arguments: [first.serviceSid, low, high]
        )
        var byBuild: [Int64: (functions: [VersionRow], assets: [VersionRow])] = [:]
        while let row = try rows.next() {
            let owner: Int64 = row[VersionRow.columnNames.count]
            let version = try VersionRow(row: row)
            if version.kind == .function {
                byBuild[owner, default: ([], [])].functions.append(version)
            } else {
                byBuild[owner, default: ([], [])].assets.append(version)
            }
        }
        return builds.map { build in
            let versions = build.seq.flatMap { byBuild[$0] } ?? ([], [])
            return BuildDetail(build: build, functionVersions: versions.functions, assetVersions: versions.assets)
        }
    }

    /// The versions of a service's builds with `seq` in a range, in build order then position, the
    /// build's `seq` last. The content is left out (an empty blob): a build embeds no content.
    private static let embeddedVersions = """
        SELECT \(VersionRow.summarySQL(qualifiedBy: "v")), b.seq
        FROM build b JOIN build_version bv ON bv.build_sid = b.sid JOIN version v ON v.sid = bv.version_sid
        WHERE b.service_sid = ? AND b.seq BETWEEN ? AND ? ORDER BY b.seq, bv.position
        """

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

    /// A build as a row and its versions' rows: what `BuildDetail.write` writes, the reference the
    /// fetch route's writer (`BuildPageJSON`, through `withBuild`) is tested against.
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

    /// A page of builds as rows and details: what `BuildDetail.write` writes, the reference the
    /// list route's in-place writer (`BuildPageJSON`) is tested against.
    func listBuilds(in path: ServicePath, page: PageRequest) async throws -> (PageResult<BuildRow>, [BuildDetail]) {
        try await read { db in
            let service = try Self.service(path, in: db)
            var result = try BuildRow.filter(Column("service_sid") == service.sid).page(page, in: db)
            let now = Date()
            result.rows = result.rows.map { $0.settled(at: now) }
            return (result, try Self.details(of: result.rows, in: db))
        }
    }

    /// Whether an environment currently runs the build.
    private static let buildIsLive = "SELECT EXISTS (SELECT 1 FROM environment WHERE build_sid = ?)"

    /// Deletes a build unless an environment currently runs it (409).
    func deleteBuild(_ sid: String, in path: ServicePath) async throws {
        let renderedBuilds = renderedBuilds
        try await write { db in
            let service = try Self.service(path, in: db)
            let build = try Self.build(sid, service: service, in: db)
            let live = try Bool.fetchOne(db.cachedStatement(sql: Self.buildIsLive), arguments: [build.sid]) ?? false
            guard !live else {
                throw SandboxAPIError.conflict("Cannot delete Build because it's part of an active Deployment.")
            }
            try build.deleteStored(db)
            if let seq = build.seq { renderedBuilds.remove(seq: seq) }
        }
    }
}
