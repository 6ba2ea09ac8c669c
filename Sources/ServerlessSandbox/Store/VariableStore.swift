import Foundation
import GRDB

extension SandboxStore {
    static func variable(_ sid: String, service: ServiceRow, environment: EnvironmentRow, in db: Database) throws -> VariableRow {
        try environmentRow(sid, of: "Variables", service: service, environment: environment, in: db)
    }

    static func ensureKeyFree(_ key: String, environment: EnvironmentRow, except sid: String?, in db: Database) throws {
        var clash = VariableRow.filter(Column("environment_sid") == environment.sid && Column("key") == key)
        if let sid { clash = clash.filter(Column("sid") != sid) }
        guard try clash.isEmpty(db) else { throw SandboxAPIError.conflict("Variable with Key \(key) already exists") }
    }

    func createVariable(in path: EnvironmentPath, key: String, value: String) async throws -> VariableRow {
        let minter = minter
        return try await write { db in
            let (service, environment) = try Self.resolve(path, in: db)
            try Self.ensureKeyFree(key, environment: environment, except: nil, in: db)
            let now = Date()
            var row = VariableRow(
                seq: nil, sid: try minter.mint(.variable, in: db), accountSid: service.accountSid, serviceSid: service.sid,
                environmentSid: environment.sid, key: key, value: value, dateCreated: now, dateUpdated: now
            )
            try row.insert(db)
            return row
        }
    }

    func updateVariable(_ sid: String, in path: EnvironmentPath, key: String?, value: String?) async throws -> VariableRow {
        try await write { db in
            let (service, environment) = try Self.resolve(path, in: db)
            var row = try Self.variable(sid, service: service, environment: environment, in: db)
            if let key {
                try Self.ensureKeyFree(key, environment: environment, except: sid, in: db)
                row.key = key
            }
            if let value { row.value = value }
            row.dateUpdated = Date()
            try row.update(db)
            return row
        }
    }

    func deleteVariable(_ sid: String, in path: EnvironmentPath) async throws {
        try await write { db in
            let (service, environment) = try Self.resolve(path, in: db)
            try Self.variable(sid, service: service, environment: environment, in: db).deleteStored(db)
        }
    }
}
