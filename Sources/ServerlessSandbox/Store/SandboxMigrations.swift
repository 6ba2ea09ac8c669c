import GRDB

/// The schema, as an ordered list of migrations. Every row has a `seq` that orders lists and pages.
enum SandboxMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-schema") { db in
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
                t.autoIncrementedPrimaryKey("seq")
                t.column("sid", .text).notNull().unique()
                t.column("account_sid", .text).notNull().indexed()
                t.column("unique_name", .text).notNull()
                t.column("friendly_name", .text).notNull()
                t.column("include_credentials", .boolean).notNull()
                t.column("ui_editable", .boolean).notNull()
                t.column("domain_base", .text).notNull()
                t.column("date_created", .datetime).notNull()
                t.column("date_updated", .datetime).notNull()
                t.uniqueKey(["account_sid", "unique_name"])
            }
            try db.create(table: "component") { t in
                t.autoIncrementedPrimaryKey("seq")
                t.column("sid", .text).notNull().unique()
                t.column("kind", .text).notNull()
                t.column("account_sid", .text).notNull()
                t.column("service_sid", .text).notNull().indexed()
                    .references("service", column: "sid", onDelete: .cascade)
                t.column("friendly_name", .text).notNull()
                t.column("date_created", .datetime).notNull()
                t.column("date_updated", .datetime).notNull()
            }
            try db.create(table: "version") { t in
                t.autoIncrementedPrimaryKey("seq")
                t.column("sid", .text).notNull().unique()
                t.column("kind", .text).notNull()
                t.column("account_sid", .text).notNull()
                t.column("service_sid", .text).notNull()
                t.column("component_sid", .text).notNull().indexed()
                    .references("component", column: "sid", onDelete: .cascade)
                t.column("path", .text).notNull()
                t.column("visibility", .text).notNull()
                t.column("content", .blob).notNull()
                t.column("content_type", .text)
                t.column("date_created", .datetime).notNull()
            }
            try db.create(table: "build") { t in
                t.autoIncrementedPrimaryKey("seq")
                t.column("sid", .text).notNull().unique()
                t.column("account_sid", .text).notNull()
                t.column("service_sid", .text).notNull().indexed()
                    .references("service", column: "sid", onDelete: .cascade)
                t.column("dependencies", .text).notNull()
                t.column("runtime", .text).notNull()
                t.column("status", .text).notNull()
                t.column("outcome", .text).notNull()
                t.column("failure_reason", .text)
                t.column("ready_at", .datetime).notNull()
                t.column("date_created", .datetime).notNull()
                t.column("date_updated", .datetime).notNull()
            }
            try db.create(index: "build_pending", on: "build", columns: ["status", "ready_at"])
            try db.create(table: "build_version") { t in
                t.column("build_sid", .text).notNull().indexed()
                    .references("build", column: "sid", onDelete: .cascade)
                t.column("version_sid", .text).notNull().indexed()
                t.column("position", .integer).notNull()
                t.primaryKey(["build_sid", "position"])
            }
            try db.create(table: "environment") { t in
                t.autoIncrementedPrimaryKey("seq")
                t.column("sid", .text).notNull().unique()
                t.column("account_sid", .text).notNull()
                t.column("service_sid", .text).notNull().indexed()
                    .references("service", column: "sid", onDelete: .cascade)
                t.column("build_sid", .text)
                t.column("unique_name", .text).notNull()
                t.column("domain_suffix", .text)
                t.column("domain_name", .text).notNull()
                t.column("date_created", .datetime).notNull()
                t.column("date_updated", .datetime).notNull()
            }
            try db.create(table: "deployment") { t in
                t.autoIncrementedPrimaryKey("seq")
                t.column("sid", .text).notNull().unique()
                t.column("account_sid", .text).notNull()
                t.column("service_sid", .text).notNull()
                t.column("environment_sid", .text).notNull().indexed()
                    .references("environment", column: "sid", onDelete: .cascade)
                t.column("build_sid", .text)
                t.column("date_created", .datetime).notNull()
                t.column("date_updated", .datetime).notNull()
            }
            try db.create(table: "variable") { t in
                t.autoIncrementedPrimaryKey("seq")
                t.column("sid", .text).notNull().unique()
                t.column("account_sid", .text).notNull()
                t.column("service_sid", .text).notNull()
                t.column("environment_sid", .text).notNull().indexed()
                    .references("environment", column: "sid", onDelete: .cascade)
                t.column("key", .text).notNull()
                t.column("value", .text).notNull()
                t.column("date_created", .datetime).notNull()
                t.column("date_updated", .datetime).notNull()
                t.uniqueKey(["environment_sid", "key"])
            }
            try db.create(table: "log") { t in
                t.autoIncrementedPrimaryKey("seq")
                t.column("sid", .text).notNull().unique()
                t.column("account_sid", .text).notNull()
                t.column("service_sid", .text).notNull()
                t.column("environment_sid", .text).notNull().indexed()
                    .references("environment", column: "sid", onDelete: .cascade)
                t.column("build_sid", .text)
                t.column("deployment_sid", .text)
                t.column("function_sid", .text)
                t.column("request_sid", .text).notNull()
                t.column("level", .text).notNull()
                t.column("message", .text).notNull()
                t.column("date_created", .datetime).notNull()
            }
        }
        return migrator
    }
}
