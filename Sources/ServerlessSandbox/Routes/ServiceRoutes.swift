import Hummingbird

/// `/v1/Services` and `/v1/Services/{Sid}` (SID or unique name).
struct ServiceRoutes {
    let environment: RouteEnvironment

    func register(on router: RouterGroup<SandboxRequestContext>) {
        router.get("Services", use: list)
        router.post("Services", use: create)
        router.get("Services/{service}", use: fetch)
        router.post("Services/{service}", use: update)
        router.delete("Services/{service}", use: delete)
    }

    @Sendable func list(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let (page, rendering) = try environment.listing("services", request, context: context)
        let result = try await environment.store.listServices(account: try context.accountSid(), page: page)
        let links = rendering.links
        return rendering.response(result.rows.map { $0.json(links) }, page: result, request: page)
    }

    @Sendable func create(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let form = try await request.formParameters(context: context)
        let uniqueName = try form.required("UniqueName")
        let friendlyName = try form.required("FriendlyName")
        try Validate.uniqueName(uniqueName, "UniqueName", max: 50)
        try Validate.length(friendlyName, "FriendlyName", max: 255)
        let row = try await environment.store.createService(
            account: try context.accountSid(), uniqueName: uniqueName, friendlyName: friendlyName,
            includeCredentials: try form.bool("IncludeCredentials") ?? true, uiEditable: try form.bool("UiEditable") ?? false
        )
        return JSONResponse.make(row.json(environment.links(request)), status: .created)
    }

    @Sendable func fetch(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let row = try await environment.store.service(try context.servicePath())
        return JSONResponse.make(row.json(environment.links(request)))
    }

    @Sendable func update(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let form = try await request.formParameters(context: context)
        let friendlyName = form["FriendlyName"]
        try Validate.length(friendlyName, "FriendlyName", max: 255)
        let row = try await environment.store.updateService(
            try context.servicePath(), friendlyName: friendlyName,
            includeCredentials: try form.bool("IncludeCredentials"), uiEditable: try form.bool("UiEditable")
        )
        return JSONResponse.make(row.json(environment.links(request)))
    }

    @Sendable func delete(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        try await environment.store.deleteService(try context.servicePath())
        return JSONResponse.deleted
    }
}

extension ServiceRow {
    func json(_ links: Links) -> JSONValue {
        let url = links.api("/Services/\(sid)")
        return .object([
            ("sid", .string(sid)), ("account_sid", .string(accountSid)), ("friendly_name", .string(friendlyName)),
            ("unique_name", .string(uniqueName)), ("include_credentials", .bool(includeCredentials)),
            ("ui_editable", .bool(uiEditable)), ("domain_base", .string(domainBase)),
            ("date_created", .date(dateCreated)), ("date_updated", .date(dateUpdated)),
            ("url", .string(url)),
            ("links", .object([
                ("environments", .string(url + "/Environments")), ("functions", .string(url + "/Functions")),
                ("assets", .string(url + "/Assets")), ("builds", .string(url + "/Builds")),
            ])),
        ])
    }
}
