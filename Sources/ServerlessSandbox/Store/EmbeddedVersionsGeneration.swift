import GRDB

/// A counter in `sandbox_state` that a trigger raises whenever a version row is deleted (a Function
/// or Asset deleted with its versions, a service deleted with everything in it), in whichever
/// process deletes it. A settled build is otherwise immutable, but the versions it embeds are read
/// through a join, so deleting one changes how the build is written: a rendered build is only reused
/// under the generation it was rendered under (`RenderedBuildCache`). Read inside the same read
/// transaction as the rows it vouches for.
enum EmbeddedVersionsGeneration {
    static let key = "embedded_versions_generation"

    /// The migration that adds the counter and its trigger.
    static func migrate(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO sandbox_state (key, value) VALUES (?, 0)", arguments: [key])
        try db.execute(sql: """
            CREATE TRIGGER version_deleted_raises_generation AFTER DELETE ON version
            BEGIN UPDATE sandbox_state SET value = value + 1 WHERE key = '\(key)'; END
            """)
    }

    /// The current generation, as the read transaction `db` sees it.
    static func current(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT value FROM sandbox_state WHERE key = '\(key)'")) ?? 0
    }
}
