import Foundation
import GRDB

extension SandboxStore {
    /// Deploys a completed build (or, with none, takes the current one down), records the log lines
    /// of the deployment, and points the environment at the build. 409 when the build is already live
    /// there; 20001 when it is still building or failed.
    func createDeployment(in path: EnvironmentPath, buildSid: String?) async throws -> DeploymentRow {
        let minter = minter
        return try await write { db in
            let (service, environment) = try Self.resolve(path, in: db)
            var build: BuildRow?
            if let buildSid {
                guard SidPrefix.build.matches(buildSid) else { throw SandboxAPIError.invalid("Invalid BuildSid: \(buildSid)") }
                guard let found = try BuildRow.filter(Column("sid") == buildSid && Column("service_sid") == service.sid).fetchOne(db) else {
                    throw SandboxAPIError.invalid("Build \(buildSid) was not found in Service \(service.sid)")
                }
                build = found.settled(at: Date())
                guard build?.status == .completed else {
                    throw SandboxAPIError.invalid("Build \(buildSid) cannot be deployed: its status is \(found.settled(at: Date()).status.rawValue)")
                }
                guard environment.buildSid != buildSid else {
                    throw SandboxAPIError.conflict("Environment has already requested deployment")
                }
            }
            let now = Date()
            var deployment = DeploymentRow(
                seq: nil, sid: try minter.mint(.deployment, in: db), accountSid: service.accountSid, serviceSid: service.sid,
                environmentSid: environment.sid, buildSid: buildSid, dateCreated: now, dateUpdated: now
            )
            try deployment.insert(db)
            var updated = environment
            updated.buildSid = buildSid
            updated.dateUpdated = now
            try updated.update(db)
            try Self.recordDeploymentLogs(deployment, build: build, minter: minter, in: db)
            return deployment
        }
    }
}
