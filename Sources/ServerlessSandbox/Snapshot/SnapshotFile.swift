import Foundation
import GRDB

/// A sandbox data file being written by `sandbox import`: the sandbox's own schema, one account (the
/// live account's SID with a token of its own, never the live one's), and the imported services with
/// their SIDs, dates and statuses. Each service is written in one transaction, so a file left by an
/// import that failed holds whole services only, and an import started again skips them.
public final class SnapshotFile: Sendable {
    /// Where the file is.
    public let path: String
    /// The account the file's resources belong to.
    public let accountSid: String
    private let queue: DatabaseQueue

    /// Opens the file at `path` (creating it, private to its owner: it holds variable values) for
    /// `accountSid`. A file of another account is refused.
    public init(path: String, accountSid: String) throws {
        self.path = path
        self.accountSid = accountSid
        try SandboxStore.makePrivateDatabaseFile(at: path)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try SandboxMigrations.migrator.migrate(queue)
        try queue.write { db in
            let accounts = try String.fetchAll(db, sql: "SELECT sid FROM account ORDER BY seq")
            if accounts.isEmpty {
                var generator = SystemRandomNumberGenerator()
                let token = SidMinter.hex(generator.next()) + SidMinter.hex(generator.next())
                var row = AccountRow(seq: nil, sid: accountSid, authToken: token, generated: false, dateCreated: Date())
                try row.insert(db)
            } else if accounts != [accountSid] {
                throw SnapshotFileError.otherAccount(path: path, found: accounts.first ?? "")
            }
        }
    }

    /// The services already in the file (each written whole), in the order they were written.
    public func services() throws -> [(sid: String, uniqueName: String)] {
        try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT sid, unique_name FROM service ORDER BY seq").map { ($0["sid"], $0["unique_name"]) }
        }
    }

    /// How many records of each kind the file holds, in the order a summary names them.
    public func counts() throws -> [(kind: String, count: Int)] {
        try queue.read { db in
            try Self.countQueries.map { kind, sql in (kind, try Int.fetchOne(db, sql: sql) ?? 0) }
        }
    }

    private static let countQueries = [
        ("services", "SELECT count(*) FROM service"),
        ("functions", "SELECT count(*) FROM component WHERE kind = 'function'"),
        ("assets", "SELECT count(*) FROM component WHERE kind = 'asset'"),
        ("function versions", "SELECT count(*) FROM version WHERE kind = 'function'"),
        ("asset versions", "SELECT count(*) FROM version WHERE kind = 'asset'"),
        ("builds", "SELECT count(*) FROM build"), ("environments", "SELECT count(*) FROM environment"),
        ("deployments", "SELECT count(*) FROM deployment"), ("variables", "SELECT count(*) FROM variable"),
        ("logs", "SELECT count(*) FROM log"),
    ]

    /// Writes one service and everything in it, in one transaction, keeping every SID and date.
    public func write(_ service: SnapshotService) throws {
        let account = accountSid
        try queue.write { db in
            var row = ServiceRow(
                seq: nil, sid: service.sid, accountSid: account, uniqueName: service.uniqueName,
                friendlyName: service.friendlyName, includeCredentials: service.includeCredentials,
                uiEditable: service.uiEditable, domainBase: service.domainBase,
                dateCreated: service.dateCreated, dateUpdated: service.dateUpdated)
            try row.insert(db)
            try Self.writeComponents(of: service, account: account, in: db)
            try Self.writeBuilds(of: service, account: account, in: db)
            try Self.writeEnvironments(of: service, account: account, in: db)
        }
    }

    private static func writeComponents(of service: SnapshotService, account: String, in db: Database) throws {
        try insert(service.components.map {
            ComponentRow(
                seq: nil, sid: $0.sid, accountSid: account, kind: $0.isFunction ? .function : .asset,
                serviceSid: service.sid, friendlyName: $0.friendlyName, dateCreated: $0.dateCreated, dateUpdated: $0.dateUpdated)
        }, in: db)
        for version in service.versions {
            guard let visibility = Visibility(rawValue: version.visibility.lowercased()) else {
                throw SnapshotFileError.unreadable(sid: version.sid, field: "visibility", value: version.visibility)
            }
            var row = VersionRow(
                seq: nil, sid: version.sid, accountSid: account, kind: version.isFunction ? .function : .asset,
                serviceSid: service.sid, componentSid: version.componentSid, path: version.path,
                visibility: visibility, content: version.content,
                contentType: version.isFunction ? "application/javascript" : nil, dateCreated: version.dateCreated)
            try row.insert(db)
        }
    }

    /// Builds keep the status the account reported. One still `building` gets the outcome the
    /// sandbox's rules give it and settles at once.
    private static func writeBuilds(of service: SnapshotService, account: String, in db: Database) throws {
        let versions = Dictionary(service.versions.map { ($0.sid, $0) }, uniquingKeysWith: { first, _ in first })
        let now = Date()
        for build in service.builds {
            guard let status = BuildStatus(rawValue: build.status.lowercased()) else {
                throw SnapshotFileError.unreadable(sid: build.sid, field: "status", value: build.status)
            }
            let dependencies = build.dependencies.map { BuildDependency(name: $0.name, version: $0.version) }
            let embedded = (build.functionVersionSids + build.assetVersionSids).compactMap { versions[$0] }
            var outcome = status
            var readyAt = build.dateUpdated
            if status == .building {
                let inputs = embedded.map {
                    BuildRules.Input(kind: $0.isFunction ? .function : .asset, path: $0.path, contentSize: $0.content.count)
                }
                outcome = BuildRules.outcome(dependencies: dependencies, versions: inputs).0
                readyAt = now
            }
            var row = BuildRow(
                seq: nil, sid: build.sid, accountSid: account, serviceSid: service.sid,
                dependencies: BuildDependency.encode(dependencies), runtime: build.runtime, status: status,
                outcome: outcome, failureReason: nil, readyAt: readyAt,
                dateCreated: build.dateCreated, dateUpdated: build.dateUpdated)
            try row.insert(db)
            for (position, version) in embedded.enumerated() {
                try db.execute(
                    sql: "INSERT INTO build_version (build_sid, version_sid, position) VALUES (?, ?, ?)",
                    arguments: [build.sid, version.sid, position])
            }
        }
    }

    private static func writeEnvironments(of service: SnapshotService, account: String, in db: Database) throws {
        try insert(service.environments.map {
            EnvironmentRow(
                seq: nil, sid: $0.sid, accountSid: account, serviceSid: service.sid, buildSid: $0.buildSid,
                uniqueName: $0.uniqueName, domainSuffix: $0.domainSuffix, domainName: $0.domainName,
                dateCreated: $0.dateCreated, dateUpdated: $0.dateUpdated)
        }, in: db)
        try insert(service.deployments.map {
            DeploymentRow(
                seq: nil, sid: $0.sid, accountSid: account, serviceSid: service.sid, environmentSid: $0.environmentSid,
                buildSid: $0.buildSid, dateCreated: $0.dateCreated, dateUpdated: $0.dateUpdated)
        }, in: db)
        try insert(service.variables.map {
            VariableRow(
                seq: nil, sid: $0.sid, accountSid: account, serviceSid: service.sid, environmentSid: $0.environmentSid,
                key: $0.key, value: $0.value, dateCreated: $0.dateCreated, dateUpdated: $0.dateUpdated)
        }, in: db)
        try insert(service.logs.map {
            LogRow(
                seq: nil, sid: $0.sid, accountSid: account, serviceSid: service.sid, environmentSid: $0.environmentSid,
                buildSid: $0.buildSid, deploymentSid: $0.deploymentSid, functionSid: $0.functionSid,
                requestSid: $0.requestSid, level: $0.level, message: $0.message, dateCreated: $0.dateCreated)
        }, in: db)
    }

    /// Inserts `rows` in order.
    private static func insert<Record: MutablePersistableRecord>(_ rows: [Record], in db: Database) throws {
        for var row in rows { try row.insert(db) }
    }

    /// Closes the file; nothing can be written after.
    public func close() throws {
        try queue.close()
    }

    /// Copies the data file at `source` (and its write-ahead log, when there is one) to `target`
    /// without opening it, so the source is never changed; the copy is private to its owner.
    public static func copy(_ source: String, to target: String) throws {
        let files = FileManager.default
        guard files.fileExists(atPath: source) else { throw SnapshotFileError.missing(path: source) }
        for suffix in ["", "-wal"] where files.fileExists(atPath: source + suffix) {
            if files.fileExists(atPath: target + suffix) { try files.removeItem(atPath: target + suffix) }
            try files.copyItem(atPath: source + suffix, toPath: target + suffix)
            try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target + suffix)
        }
    }

    /// Writes the state of the data file at `source` as one self-contained file at `target` (SQLite's
    /// `VACUUM INTO`, the write-ahead log folded in), private to its owner; an existing `target` is
    /// replaced.
    public static func compact(_ source: String, into target: String) throws {
        let files = FileManager.default
        for suffix in ["", "-wal", "-shm"] where files.fileExists(atPath: target + suffix) {
            try files.removeItem(atPath: target + suffix)
        }
        guard files.createFile(atPath: target, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: target])
        }
        // SQLite writes into an empty file: it is created private first, so the values are never
        // readable by others, not even for a moment.
        let queue = try DatabaseQueue(path: source)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [target]) }
        try queue.close()
        try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target)
    }
}

/// Why a data file could not be written or read as a snapshot.
public enum SnapshotFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file already holds another account's data.
    case otherAccount(path: String, found: String)
    /// A value the sandbox has no place for (e.g. an unknown build status).
    case unreadable(sid: String, field: String, value: String)
    /// There is no file at this path.
    case missing(path: String)

    public var description: String {
        switch self {
        case let .otherAccount(path, found):
            "\(path) holds the data of account \(found), not this one; give another file"
        case let .unreadable(sid, field, value):
            "\(sid) has a \(field) the sandbox does not know: \(value)"
        case let .missing(path):
            "no data file at \(path)"
        }
    }
}
