import Foundation
import GRDB

/// The sandbox's data: one SQLite database (WAL when on disk) behind GRDB, with every query scoped
/// to the calling account. Resource families extend this type, one file each.
struct SandboxStore: Sendable {
    let writer: any DatabaseWriter
    let minter: SidMinter
    let buildTime: Duration
    /// Settled builds already written as JSON, reused by pages and fetches of builds.
    let renderedBuilds = RenderedBuildCache()

    /// Opens (creating when missing) the database and brings its schema up to date.
    static func open(_ storage: SandboxStorage, seed: UInt64?, buildTime: Duration) throws -> SandboxStore {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another process (a REPL, `buildsh sandbox serve`) may be writing the same file: wait for
        // its write to finish instead of failing at once.
        configuration.busyMode = .timeout(10)
        let writer: any DatabaseWriter
        switch storage {
        case .inMemory:
            writer = try DatabaseQueue(configuration: configuration)
        case let .file(path):
            try makePrivateDatabaseFile(at: path)
            writer = try DatabasePool(path: path, configuration: configuration)
        }
        try SandboxMigrations.migrator.migrate(writer)
        return SandboxStore(writer: writer, minter: SidMinter(seed: seed), buildTime: buildTime)
    }

    /// The file holds account tokens: its folder is created 0700 and the file itself 0600 (an older,
    /// wider file is tightened). SQLite gives its -wal and -shm files the database file's mode.
    static func makePrivateDatabaseFile(at path: String) throws {
        let files = FileManager.default
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !files.fileExists(atPath: folder) {
            try files.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        if files.fileExists(atPath: path) {
            try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        } else if !files.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
    }

    /// Reads a snapshot of the database. On a file (WAL, a `DatabasePool`) the read runs on the
    /// calling thread: it never waits for a write there, and GRDB's asynchronous read hops to a
    /// reader's queue and back, two thread switches per request, more than a fetch's own query costs.
    /// In memory it runs on a reader of GRDB's own: there a read waits for a write in progress, and a
    /// cooperative thread blocked on one stalls every task in the process (the embedded sandbox
    /// shares them with the interpreter, tests with each other).
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        if let pool = writer as? DatabasePool { return try Self.readHere(pool, body) }
        return try await writer.read(body)
    }

    /// GRDB's synchronous read (a plain function, so that the call does not pick the asynchronous one).
    private static func readHere<T>(_ pool: DatabasePool, _ body: (Database) throws -> T) throws -> T {
        try pool.read(body)
    }

    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await writer.write(body)
    }
}

/// A row that has the `seq` column lists are ordered and paged by.
protocol SequencedRow: FetchableRecord, TableRecord, Sendable {
    var seq: Int64? { get }
}

/// Snake-case column mapping shared by every row type.
protocol SnakeCaseRow: FetchableRecord, MutablePersistableRecord, Codable {}

extension SnakeCaseRow {
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}
