import Foundation
import GRDB

/// A page of one service's builds read in place: the builds in list order, each with the versions
/// it embeds stepped beside it, for a writer to turn straight into bytes (`BuildPageJSON`). The
/// page's bounds come first from `seq` alone (the keyset paging every list uses), then two cached
/// statements read the rows between them: the builds, and the versions of all of them in one
/// query ordered the same way.
struct BuildPageRows {
    let db: Database
    let serviceSid: String
    /// The first and last `seq` of the page; nil when it is empty.
    let bounds: (low: Int64, high: Int64)?
    /// The settled builds already rendered, as this read sees them.
    var renderedBuilds: RenderedBuildCache.Scope?

    /// The columns `BuildInPlace` reads, in order.
    fileprivate static let builds = """
        SELECT seq, sid, account_sid, service_sid, dependencies, runtime, status, outcome, ready_at, date_created, date_updated
        FROM build WHERE service_sid = ? AND seq BETWEEN ? AND ? ORDER BY seq
        """

    /// The versions of a service's builds with `seq` in a range, in build order then position, the
    /// build's `seq` first: the columns `EmbeddedVersion` reads.
    fileprivate static let versions = """
        SELECT b.seq, v.kind, v.sid, v.account_sid, v.service_sid, v.component_sid, v.date_created, v.path, v.visibility
        FROM build b JOIN build_version bv ON bv.build_sid = b.sid JOIN version v ON v.sid = bv.version_sid
        WHERE b.service_sid = ? AND b.seq BETWEEN ? AND ? ORDER BY b.seq, bv.position
        """

    /// Calls `body` with each build of the page in order; `versions` yields that build's versions.
    /// What either hands out is valid only during that call.
    func forEach(_ body: (_ build: BuildInPlace, _ versions: inout EmbeddedVersions) throws -> Void) throws {
        guard let bounds else { return }
        let arguments: StatementArguments = [serviceSid, bounds.low, bounds.high]
        let buildStatement = try db.cachedStatement(sql: Self.builds)
        let versionStatement = try db.cachedStatement(sql: Self.versions)
        let buildRows = try Row.fetchCursor(buildStatement, arguments: arguments)
        var versions = EmbeddedVersions(statement: versionStatement, arguments: arguments)
        while try buildRows.next() != nil {
            let build = BuildInPlace(columns: StatementColumns(statement: buildStatement))
            versions.owner = build.seq
            try body(build, &versions)
        }
    }
}

/// The current build row of a `BuildPageRows` walk; column numbers as in its query.
struct BuildInPlace {
    let columns: StatementColumns

    var seq: Int64 { columns.int64(0) }
    static let sid: Int32 = 1, accountSid: Int32 = 2, serviceSid: Int32 = 3, dependencies: Int32 = 4, runtime: Int32 = 5
    static let status: Int32 = 6, outcome: Int32 = 7, readyAt: Int32 = 8, dateCreated: Int32 = 9, dateUpdated: Int32 = 10

    /// The stored status and outcome (a value the sandbox never writes is a decoding error naming
    /// the column, as when a `BuildRow` is read).
    func statusAndOutcome() throws -> (status: BuildStatus, outcome: BuildStatus) {
        (try BuildStatus(columns, Self.status, name: "status"), try BuildStatus(columns, Self.outcome, name: "outcome"))
    }

    /// Whether the build, stored as building, has reached its ready time by `now` (see `BuildRow.settled`).
    func isReady(at now: Date) throws -> Bool {
        if !columns.isNull(Self.readyAt), let date = StoredDate.parse(bytes: columns.text(Self.readyAt)) { return date <= now }
        let text = columns.databaseValue(Self.readyAt)
        if case let .string(stored) = text.storage, let date = StoredDate.parse(stored) { return date <= now }
        guard let date = Date.fromDatabaseValue(text) else { throw RowDecodingError(name: "ready_at", found: "\(text)") }
        return date <= now
    }
}

/// The versions of the current build of a `BuildPageRows` walk, one at a time. Their query runs
/// only once a build asks for its versions: a page whose builds were all rendered before
/// (`RenderedBuildCache`) never reads them.
struct EmbeddedVersions {
    private let statement: Statement
    private let arguments: StatementArguments
    /// Nil until the first `next`.
    private var rows: RowCursor?
    private let columns: StatementColumns
    /// The `seq` of the build whose versions `next` yields.
    fileprivate var owner: Int64 = 0
    /// The statement is on a row (not past the last one).
    private var onRow = false
    /// The current row was handed out: the next call steps first.
    private var handedOut = false

    fileprivate init(statement: Statement, arguments: StatementArguments) {
        self.statement = statement
        self.arguments = arguments
        columns = StatementColumns(statement: statement)
    }

    static let kind: Int32 = 1, sid: Int32 = 2, accountSid: Int32 = 3, serviceSid: Int32 = 4, componentSid: Int32 = 5
    static let dateCreated: Int32 = 6, path: Int32 = 7, visibility: Int32 = 8

    /// The next version of the current build, or nil when it has no more.
    mutating func next() throws -> StatementColumns? {
        let rows: RowCursor
        if let opened = self.rows {
            rows = opened
        } else {
            rows = try Row.fetchCursor(statement, arguments: arguments)
            self.rows = rows
            onRow = try rows.next() != nil
        }
        if handedOut {
            handedOut = false
            onRow = try rows.next() != nil
        }
        while onRow, columns.int64(0) < owner { onRow = try rows.next() != nil }
        guard onRow, columns.int64(0) == owner else { return nil }
        handedOut = true
        return columns
    }
}

extension BuildStatus {
    fileprivate static let all: [BuildStatus] = [.building, .completed, .failed]

    /// The status column `index` holds; a decoding error naming the column for anything else.
    fileprivate init(_ columns: StatementColumns, _ index: Int32, name: String) throws {
        let text = columns.text(index)
        for status in Self.all where text.equalsUTF8(of: status.rawValue) {
            self = status
            return
        }
        throw RowDecodingError(name: name, found: columns.string(index))
    }
}

extension SandboxStore {
    /// Reads a page of a service's builds and hands it to `render` inside the read: the page's
    /// bounds (for its paging envelope) and its rows in place.
    func withBuildPage<T: Sendable>(
        in path: ServicePath, page: PageRequest,
        _ render: @escaping @Sendable (PageResult<BuildPosition>, BuildPageRows) throws -> T
    ) async throws -> T {
        try await read { db in
            let service = try Self.service(path, in: db)
            let result = try BuildPosition.page(page, of: service.sid, in: db)
            let bounds = result.firstSeq.flatMap { low in result.lastSeq.map { (low, $0) } }
            let rows = BuildPageRows(db: db, serviceSid: service.sid, bounds: bounds, renderedBuilds: try renderedBuilds.scope(in: db))
            return try render(result, rows)
        }
    }

    /// Reads one build of a service (20404 when there is none) and hands it to `render` inside the
    /// read: the build as it stands at `now`, and its row in place as a page of one.
    func withBuild<T: Sendable>(
        _ sid: String, in path: ServicePath, now: Date,
        _ render: @escaping @Sendable (BuildRow, BuildPageRows) throws -> T
    ) async throws -> T {
        try await read { db in
            let service = try Self.service(path, in: db)
            let build = try Self.build(sid, service: service, at: now, in: db)
            let bounds = build.seq.map { (low: $0, high: $0) }
            let rows = BuildPageRows(db: db, serviceSid: service.sid, bounds: bounds, renderedBuilds: try renderedBuilds.scope(in: db))
            return try render(build, rows)
        }
    }
}

/// A build's place in its list and nothing else: what finding a page's bounds needs.
struct BuildPosition: FetchableRecord, TableRecord, SequencedRow {
    static let databaseTableName = "build"
    static var databaseSelection: [any SQLSelectable] { [Column("seq")] }
    var seq: Int64?

    init(row: Row) { seq = row[0] }

    /// The keyset page of a service's builds (`page(_:in:)`); the first page, which almost every
    /// walk starts with, through a statement prepared once rather than a query generated anew.
    static func page(_ page: PageRequest, of serviceSid: String, in db: Database) throws -> PageResult<BuildPosition> {
        guard page.cursor == nil, page.page == 0 else {
            return try filter(Column("service_sid") == serviceSid).page(page, in: db)
        }
        let statement = try db.cachedStatement(sql: "SELECT seq FROM build WHERE service_sid = ? ORDER BY seq LIMIT ?")
        var rows = try BuildPosition.fetchAll(statement, arguments: [serviceSid, page.size + 1])
        let hasNext = rows.count > page.size
        rows = Array(rows.prefix(page.size))
        return PageResult(rows: rows, hasNext: hasNext, hasPrevious: false, firstSeq: rows.first?.seq, lastSeq: rows.last?.seq)
    }
}
