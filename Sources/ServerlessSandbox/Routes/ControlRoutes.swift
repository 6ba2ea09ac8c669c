import Foundation
import Hummingbird

/// The sandbox's own routes, not part of Twilio's API: fault injection and request statistics.
/// `POST /sandbox/faults` (JSON body of `SandboxFault` fields), `DELETE /sandbox/faults`,
/// `GET /sandbox/faults`, `GET /sandbox/stats`. Each belongs to the calling account: it arms faults
/// for its own requests only, sees and clears only its own faults, and sees only its own requests.
struct ControlRoutes {
    let faults: SandboxFaults
    let log: RequestLog

    func register(on router: RouterGroup<SandboxRequestContext>) {
        router.post("faults", use: inject)
        router.get("faults", use: listFaults)
        router.delete("faults") { _, context in
            faults.clear(account: try context.accountSid())
            return JSONResponse.deleted
        }
        router.get("stats", use: stats)
    }

    /// The JSON body of `POST /sandbox/faults`; everything but `status` is optional.
    struct FaultBody: Decodable {
        var method: String?
        var pathContains: String?
        var status: Int
        var code: Int?
        var retryAfter: Int?
        var phase: SandboxFault.Phase?
        var times: Int?
    }

    @Sendable func inject(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let buffer = try await request.collectBody(upTo: BodyLimits.control)
        let body: FaultBody
        do {
            body = try JSONDecoder().decode(FaultBody.self, from: Data(buffer.readableBytesView))
        } catch {
            throw SandboxAPIError.invalid("A fault is a JSON object: {\"status\": 429, \"method\": \"POST\", \"pathContains\": \"/Builds\", \"code\": 20429, \"retryAfter\": 1, \"phase\": \"beforeHandling\", \"times\": 1}")
        }
        guard (100...599).contains(body.status) else { throw SandboxAPIError.invalid("status must be an HTTP status from 100 to 599") }
        let fault = SandboxFault(
            method: body.method, pathContains: body.pathContains, status: body.status, code: body.code,
            retryAfter: body.retryAfter, phase: body.phase ?? .beforeHandling, times: body.times ?? 1,
            accountSid: try context.accountSid()
        )
        faults.inject(fault)
        return JSONResponse.make(Self.json(fault), status: .created)
    }

    @Sendable func listFaults(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        JSONResponse.make(.object([("faults", .array(faults.pending(account: try context.accountSid()).map(Self.json)))]))
    }

    @Sendable func stats(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let account = try context.accountSid()
        let summary = log.summary(account: account)
        let total = log.total(account: account)
        let rows: [JSONValue] = summary.map { entry in
            .object([("method", .string(entry.method)), ("path", .string(entry.path)), ("count", .int(Int64(entry.count)))])
        }
        return JSONResponse.make(.object([("total", .int(Int64(total))), ("requests", .array(rows))]))
    }

    static func json(_ fault: SandboxFault) -> JSONValue {
        .object([
            ("method", .string(orNull: fault.method)), ("pathContains", .string(orNull: fault.pathContains)),
            ("status", .int(Int64(fault.status))), ("code", .int(Int64(fault.code))),
            ("retryAfter", fault.retryAfter.map { .int(Int64($0)) } ?? .null),
            ("phase", .string(fault.phase.rawValue)), ("times", .int(Int64(fault.times))),
        ])
    }
}
