import Hummingbird

/// `/v1/Services/{ServiceSid}/Functions[/{Sid}]` and `/Assets[/{Sid}]`: the same operations on the
/// two kinds, registered once per kind.
struct ComponentRoutes {
    let environment: RouteEnvironment
    let kind: ComponentKind

    func register(on router: RouterGroup<SandboxRequestContext>) {
        router.collection(
            "Services/{service}/\(kind.collection)", item: "component", list: list, create: create, fetch: fetch, update: update,
            delete: delete)
    }

    private var listKey: String { kind == .function ? "functions" : "assets" }

    @Sendable func list(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        try await environment.list(listKey, request, context: context) { page in
            try await environment.store.listComponents(kind, in: try context.servicePath(), page: page)
        }
    }

    @Sendable func create(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let form = try await request.formParameters(context: context)
        let friendlyName = try form.required("FriendlyName")
        try Validate.length(friendlyName, "FriendlyName", max: 255)
        let row = try await environment.store.createComponent(
            kind, in: try context.servicePath(), friendlyName: friendlyName
        )
        return environment.answer(row, to: request, status: .created)
    }

    @Sendable func fetch(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let row = try await environment.store.component(
            kind, sid: try context.parameter("component"), in: try context.servicePath()
        )
        return environment.answer(row, to: request)
    }

    @Sendable func update(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let form = try await request.formParameters(context: context)
        let friendlyName = try form.required("FriendlyName")
        try Validate.length(friendlyName, "FriendlyName", max: 255)
        let row = try await environment.store.renameComponent(
            kind, sid: try context.parameter("component"), in: try context.servicePath(), friendlyName: friendlyName
        )
        return environment.answer(row, to: request)
    }

    @Sendable func delete(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        try await environment.store.deleteComponent(
            kind, sid: try context.parameter("component"), in: try context.servicePath()
        )
        return JSONResponse.deleted
    }
}

extension ComponentRow: JSONDocumentRow {
    func json(_ links: Links) -> JSONValue {
        let url = links.api("/Services/\(serviceSid)/\(kind.collection)/\(sid)")
        let linkName = kind == .function ? "function_versions" : "asset_versions"
        return .object([
            ("sid", .string(sid)), ("account_sid", .string(accountSid)), ("service_sid", .string(serviceSid)),
            ("friendly_name", .string(friendlyName)),
            ("date_created", .date(dateCreated)), ("date_updated", .date(dateUpdated)),
            ("url", .string(url)), ("links", .object([(linkName, .string(url + "/Versions"))])),
        ])
    }
}
