import Foundation
import Hummingbird

/// `…/Environments/{EnvironmentSid}/Logs[/{Sid}]`, filtered by `FunctionSid`, `StartDate`, `EndDate`.
struct LogRoutes {
    let environment: RouteEnvironment

    func register(on router: RouterGroup<SandboxRequestContext>) {
        router.collection("Services/{service}/Environments/{environment}/Logs", item: "log", list: list,
                          fetch: environment.environmentRowFetch(LogRow.self, item: "log", collection: "Logs"))
    }

    @Sendable func list(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let (page, listing) = try environment.listing("logs", request, context: context)
        var rendering = listing
        let query = try request.queryParameters()
        let now = Date()
        var filters: [(String, String)] = []
        func date(_ name: String) throws -> (date: Date, wholeSeconds: Bool)? {
            guard let text = query[name], !text.isEmpty else { return nil }
            guard let date = TwilioDate.parse(text) else { throw SandboxAPIError.invalid("\(name) must be an ISO 8601 date-time, got \(text)") }
            filters.append((name, text))
            return (date, !text.contains("."))
        }
        let start = try date("StartDate")?.date ?? now.addingTimeInterval(-86_400)
        let end = try date("EndDate").map { LogFilter.endBound($0.date, wholeSeconds: $0.wholeSeconds) } ?? now.addingTimeInterval(1)
        let function = query["FunctionSid"].flatMap { $0.isEmpty ? nil : $0 }
        if let function {
            guard SidPrefix.component.matches(function) else { throw SandboxAPIError.invalid("Invalid FunctionSid: \(function)") }
            filters.append(("FunctionSid", function))
        }
        let result = try await environment.store.listLogs(
            in: try context.environmentPath(), filter: LogFilter(functionSid: function, start: start, endBefore: end), page: page
        )
        let links = rendering.links
        rendering.filters = filters
        return rendering.response(result.rows.map { $0.json(links) }, page: result, request: page)
    }
}

extension LogRow: JSONDocumentRow {
    func json(_ links: Links) -> JSONValue {
        .object([
            ("sid", .string(sid)), ("account_sid", .string(accountSid)), ("service_sid", .string(serviceSid)),
            ("environment_sid", .string(environmentSid)), ("build_sid", .string(orNull: buildSid)),
            ("deployment_sid", .string(orNull: deploymentSid)), ("function_sid", .string(orNull: functionSid)),
            ("request_sid", .string(requestSid)), ("level", .string(level)), ("message", .string(message)),
            ("date_created", .date(dateCreated)),
            ("url", .string(links.api("/Services/\(serviceSid)/Environments/\(environmentSid)/Logs/\(sid)"))),
        ])
    }
}
