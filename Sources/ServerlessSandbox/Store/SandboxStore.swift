import Foundation
import GRDB

/// The sandbox's data: one SQLite database (WAL when on disk) behind GRDB, with every query scoped
/// to the calling account. Resource families extend this type, one file each.
struct SandboxStore: Sendable {
    let writer: any DatabaseWriter
    let minter: SidMinter
    let buildTime: Duration

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
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            writer = try DatabasePool(path: path, configuration: configuration)
        }
        try SandboxMigrations.migrator.migrate(writer)
        return SandboxStore(writer: writer, minter: SidMinter(seed: seed), buildTime: buildTime)
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await writer.read(body)
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
