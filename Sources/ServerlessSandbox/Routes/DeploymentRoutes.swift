import Hummingbird

/// `…/Environments/{EnvironmentSid}/Deployments[/{Sid}]` (no update or delete, as on Twilio).
struct DeploymentRoutes {
    let environment: RouteEnvironment

    func register(on router: RouterGroup<SandboxRequestContext>) {
        let collection = "Services/{service}/Environments/{environment}/Deployments"
        router.get(RouterPath(collection), use: list)
        router.post(RouterPath(collection), use: create)
        router.get(RouterPath(collection + "/{deployment}"), use: fetch)
    }

    @Sendable func list(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let (page, rendering) = try environment.listing("deployments", request, context: context)
        let result = try await environment.store.listDeployments(
            in: try context.environmentPath(), page: page
        )
        let links = rendering.links
        return rendering.response(result.rows.map { $0.json(links) }, page: result, request: page)
    }

    @Sendable func create(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let form = try await request.formParameters(context: context)
        _ = try form.bool("IsPlugin")
        let row = try await environment.store.createDeployment(
            in: try context.environmentPath(), buildSid: form["BuildSid"].flatMap { $0.isEmpty ? nil : $0 }
        )
        return JSONResponse.make(row.json(environment.links(request)), status: .created)
    }

    @Sendable func fetch(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let row = try await environment.store.deployment(
            try context.parameter("deployment"), in: try context.environmentPath()
        )
        return JSONResponse.make(row.json(environment.links(request)))
    }
}

extension DeploymentRow {
    func json(_ links: Links) -> JSONValue {
        .object([
            ("sid", .string(sid)), ("account_sid", .string(accountSid)), ("service_sid", .string(serviceSid)),
            ("environment_sid", .string(environmentSid)), ("build_sid", .string(orNull: buildSid)),
            ("date_created", .date(dateCreated)), ("date_updated", .date(dateUpdated)),
            ("url", .string(links.api("/Services/\(serviceSid)/Environments/\(environmentSid)/Deployments/\(sid)"))),
        ])
    }
}
