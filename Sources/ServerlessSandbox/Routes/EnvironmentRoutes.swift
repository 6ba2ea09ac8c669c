import Hummingbird

/// `/v1/Services/{ServiceSid}/Environments[/{Sid}]` (no update, as on Twilio).
struct EnvironmentRoutes {
    let environment: RouteEnvironment

    func register(on router: RouterGroup<SandboxRequestContext>) {
        router.collection("Services/{service}/Environments", item: "environment", list: list, create: create, fetch: fetch, delete: delete)
    }

    @Sendable func list(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        try await environment.list("environments", request, context: context) { page in
            try await environment.store.listEnvironments(in: try context.servicePath(), page: page)
        }
    }

    @Sendable func create(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let form = try await request.formParameters(context: context)
        let uniqueName = try form.required("UniqueName")
        try Validate.length(uniqueName, "UniqueName", max: 100)
        let suffix = form["DomainSuffix"].flatMap { $0.isEmpty ? nil : $0 }
        if let suffix { try Validate.uniqueName(suffix, "DomainSuffix", max: 16) }
        let row = try await environment.store.createEnvironment(
            in: try context.servicePath(),
            uniqueName: uniqueName, domainSuffix: suffix
        )
        return environment.answer(row, to: request, status: .created)
    }

    @Sendable func fetch(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let row = try await environment.store.environment(try context.environmentPath())
        return environment.answer(row, to: request)
    }

    @Sendable func delete(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        try await environment.store.deleteEnvironment(try context.environmentPath())
        return JSONResponse.deleted
    }
}

extension EnvironmentRow: JSONDocumentRow {
    func json(_ links: Links) -> JSONValue {
        let url = links.api("/Services/\(serviceSid)/Environments/\(sid)")
        return .object([
            ("sid", .string(sid)), ("account_sid", .string(accountSid)), ("service_sid", .string(serviceSid)),
            ("build_sid", .string(orNull: buildSid)), ("unique_name", .string(uniqueName)),
            ("domain_suffix", .string(orNull: domainSuffix)), ("domain_name", .string(domainName)),
            ("date_created", .date(dateCreated)), ("date_updated", .date(dateUpdated)),
            ("url", .string(url)),
            ("links", .object([
                ("variables", .string(url + "/Variables")), ("deployments", .string(url + "/Deployments")),
                ("logs", .string(url + "/Logs")),
            ])),
        ])
    }
}
