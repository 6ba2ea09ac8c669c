import GRDB

/// The schema, as an ordered list of migrations. Every resource row has a `seq` that orders lists
/// and pages, its `sid`, and the `account_sid` that scopes every query.
enum SandboxMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-schema", migrate: createSchema)
        migrator.registerMigration("v2-api-keys") { db in
            try db.create(table: "api_key") { t in
                t.primaryKey("sid", .text)
                t.column("account_sid", .text).notNull().references("account", column: "sid", onDelete: .cascade)
                t.column("secret", .text).notNull()
                t.column("date_created", .datetime).notNull()
            }
        }
        migrator.registerMigration("v3-embedded-versions-generation", migrate: EmbeddedVersionsGeneration.migrate)
        return migrator
    }

    private static func createSchema(_ db: Database) throws {
        try db.create(table: "sandbox_state") { t in
            t.primaryKey("key", .text)
            t.column("value", .integer).notNull()
        }
        try db.create(table: "account") { t in
            t.autoIncrementedPrimaryKey("seq")
            t.column("sid", .text).notNull().unique()
            t.column("auth_token", .text).notNull()
            t.column("generated", .boolean).notNull().defaults(to: false)
            t.column("date_created", .datetime).notNull()
        }
        try db.create(table: "service") { t in
            t.resourceColumns()
            t.column("unique_name", .text).notNull()
            t.column("friendly_name", .text).notNull()
            t.column("include_credentials", .boolean).notNull()
            t.column("ui_editable", .boolean).notNull()
            t.column("domain_base", .text).notNull()
            t.timestamps()
            t.uniqueKey(["account_sid", "unique_name"])
        }
        try db.create(index: "service_account", on: "service", columns: ["account_sid"])
        try db.create(table: "component") { t in
            t.resourceColumns()
            t.column("kind", .text).notNull()
            t.parent("service_sid", table: "service")
            t.column("friendly_name", .text).notNull()
            t.timestamps()
        }
        try db.create(table: "version") { t in
            t.resourceColumns()
            t.column("kind", .text).notNull()
            t.column("service_sid", .text).notNull()
            t.parent("component_sid", table: "component")
            t.column("path", .text).notNull()
            t.column("visibility", .text).notNull()
            t.column("content", .blob).notNull()
            t.column("content_type", .text)
            t.column("date_created", .datetime).notNull()
        }
        try db.create(table: "build") { t in
            t.resourceColumns()
            t.parent("service_sid", table: "service")
            t.column("dependencies", .text).notNull()
            t.column("runtime", .text).notNull()
            t.column("status", .text).notNull()
            t.column("outcome", .text).notNull()
            t.column("failure_reason", .text)
            t.column("ready_at", .datetime).notNull()
            t.timestamps()
        }
        try db.create(index: "build_pending", on: "build", columns: ["status", "ready_at"])
        try db.create(table: "build_version") { t in
            t.parent("build_sid", table: "build")
            t.column("version_sid", .text).notNull().indexed()
            t.column("position", .integer).notNull()
            t.primaryKey(["build_sid", "position"])
        }
        try db.create(table: "environment") { t in
            t.resourceColumns()
            t.parent("service_sid", table: "service")
            t.column("build_sid", .text).indexed()
            t.column("unique_name", .text).notNull()
            t.column("domain_suffix", .text)
            t.column("domain_name", .text).notNull()
            t.timestamps()
        }
        try db.create(table: "deployment") { t in
            t.environmentChildColumns()
            t.column("build_sid", .text)
            t.timestamps()
        }
        try db.create(table: "variable") { t in
            t.environmentChildColumns()
            t.column("key", .text).notNull()
            t.column("value", .text).notNull()
            t.timestamps()
            t.uniqueKey(["environment_sid", "key"])
        }
        try db.create(table: "log") { t in
            t.environmentChildColumns()
            t.column("build_sid", .text)
            t.column("deployment_sid", .text)
            t.column("function_sid", .text)
            t.column("request_sid", .text).notNull()
            t.column("level", .text).notNull()
            t.column("message", .text).notNull()
            t.column("date_created", .datetime).notNull()
        }
    }
}

extension TableDefinition {
    /// `seq` (the paging key), `sid` and `account_sid`.
    fileprivate func resourceColumns() {
        autoIncrementedPrimaryKey("seq")
        column("sid", .text).notNull().unique()
        column("account_sid", .text).notNull()
    }

    /// A reference to the owning row's SID; deleting the owner deletes this row.
    fileprivate func parent(_ name: String, table: String) {
        column(name, .text).notNull().indexed().references(table, column: "sid", onDelete: .cascade)
    }

    /// The columns of a resource that lives inside an environment.
    fileprivate func environmentChildColumns() {
        resourceColumns()
        column("service_sid", .text).notNull()
        parent("environment_sid", table: "environment")
    }

    fileprivate func timestamps() {
        column("date_created", .datetime).notNull()
        column("date_updated", .datetime).notNull()
    }
}
