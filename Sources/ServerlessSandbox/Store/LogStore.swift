import Foundation
import GRDB

/// The filters of a Logs list: `FunctionSid`, and a `StartDate`…`EndDate` window (default: the last
/// day). Both ends are inclusive at the precision the date was written in: `EndDate=…T12:00:00Z`
/// takes in everything stored during that second (the store keeps milliseconds), `…T12:00:00.250Z`
/// everything up to and including that millisecond.
struct LogFilter: Sendable {
    var functionSid: String?
    /// The earliest `date_created` included.
    var start: Date
    /// The first moment after the window (exclusive).
    var endBefore: Date

    /// The exclusive bound just after an inclusive `EndDate`.
    static func endBound(_ end: Date, wholeSeconds: Bool) -> Date {
        let milliseconds = (end.timeIntervalSince1970 * 1000).rounded()
        let step: Double = wholeSeconds ? 1000 : 1
        let bound = wholeSeconds ? (milliseconds / 1000).rounded(.down) * 1000 + step : milliseconds + step
        return Date(timeIntervalSince1970: bound / 1000)
    }
}

extension SandboxStore {
    /// One `info` line for the deployment, then one per function it makes live.
    static func recordDeploymentLogs(_ deployment: DeploymentRow, build: BuildRow?, minter: SidMinter, in db: Database) throws {
        let requestSid = try minter.mint(.request, in: db)
        func log(_ message: String, function: String?) throws {
            var row = LogRow(
                seq: nil, sid: try minter.mint(.log, in: db), accountSid: deployment.accountSid, serviceSid: deployment.serviceSid,
                environmentSid: deployment.environmentSid, buildSid: deployment.buildSid, deploymentSid: deployment.sid,
                functionSid: function, requestSid: requestSid, level: "info", message: message, dateCreated: deployment.dateCreated
            )
            try row.insert(db)
        }
        guard let build else {
            try log("Deployment \(deployment.sid) took the environment's build down", function: nil)
            return
        }
        try log("Deployment \(deployment.sid) made build \(build.sid) live", function: nil)
        let functions = try Row.fetchAll(db, sql: """
            SELECT v.path, v.component_sid FROM build_version bv JOIN version v ON v.sid = bv.version_sid
            WHERE bv.build_sid = ? AND v.kind = 'function' ORDER BY bv.position
            """, arguments: [build.sid])
        for function in functions {
            let path: String = function["path"]
            try log("Function \(path) deployed", function: function["component_sid"])
        }
    }

    func listLogs(in path: EnvironmentPath, filter: LogFilter, page: PageRequest) async throws -> PageResult<LogRow> {
        try await environmentRows(in: path, page: page) { request in
            let window = request.filter(Column("date_created") >= filter.start && Column("date_created") < filter.endBefore)
            guard let function = filter.functionSid else { return window }
            return window.filter(Column("function_sid") == function)
        }
    }
}
