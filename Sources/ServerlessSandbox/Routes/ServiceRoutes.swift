import Hummingbird

/// `/v1/Services` and `/v1/Services/{Sid}` (SID or unique name).
struct ServiceRoutes {
    let environment: RouteEnvironment

    func register(on router: RouterGroup<SandboxRequestContext>) {
        router.collection("Services", item: "service", list: list, create: create, fetch: fetch, update: update, delete: delete)
    }

    @Sendable func list(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let (page, rendering) = try environment.listing("services", request, context: context)
        let result = try await environment.store.listServices(account: try context.accountSid(), page: page)
        let links = rendering.links
        return rendering.response(page: result, request: page) { writer in
            for row in result.rows { row.write(to: &writer, links: links) }
        }
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
        let links = environment.links(request)
        return JSONResponse.make(status: .created) { row.write(to: &$0, links: links) }
    }

    @Sendable func fetch(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let row = try await environment.store.service(try context.servicePath())
        let links = environment.links(request)
        return JSONResponse.make { row.write(to: &$0, links: links) }
    }

    @Sendable func update(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let form = try await request.formParameters(context: context)
        let friendlyName = form["FriendlyName"]
        try Validate.length(friendlyName, "FriendlyName", max: 255)
        let row = try await environment.store.updateService(
            try context.servicePath(), friendlyName: friendlyName,
            includeCredentials: try form.bool("IncludeCredentials"), uiEditable: try form.bool("UiEditable")
        )
        let links = environment.links(request)
        return JSONResponse.make { row.write(to: &$0, links: links) }
    }

    @Sendable func delete(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        try await environment.store.deleteService(try context.servicePath())
        return JSONResponse.deleted
    }
}

extension ServiceRow {
    /// Written member by member rather than as a `JSONValue` tree: every request under a service
    /// fetches one, and building the tree was most of a fetch's own time.
    func write(to writer: inout JSONWriter, links: Links) {
        writer.object { writer in
            writer.key("sid"); writer.string(sid)
            writer.key("account_sid"); writer.string(accountSid)
            writer.key("friendly_name"); writer.string(friendlyName)
            writer.key("unique_name"); writer.string(uniqueName)
            writer.key("include_credentials"); writer.bool(includeCredentials)
            writer.key("ui_editable"); writer.bool(uiEditable)
            writer.key("domain_base"); writer.string(domainBase)
            writer.key("date_created"); writer.date(dateCreated)
            writer.key("date_updated"); writer.date(dateUpdated)
            writer.key("url"); writer.string(links.origin, "/v1/Services/", sid)
            writer.key("links")
            writer.object { writer in
                for (name, collection) in Self.collections {
                    writer.key(name); writer.string(links.origin, "/v1/Services/", sid, collection)
                }
            }
        }
    }

    /// The `links` of a service: its collections, by name.
    private static let collections = [
        ("environments", "/Environments"), ("functions", "/Functions"), ("assets", "/Assets"), ("builds", "/Builds"),
    ]
}
