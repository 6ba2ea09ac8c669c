import Hummingbird

/// `…/Environments/{EnvironmentSid}/Variables[/{Sid}]`.
struct VariableRoutes {
    let environment: RouteEnvironment

    func register(on router: RouterGroup<SandboxRequestContext>) {
        router.collection(
            "Services/{service}/Environments/{environment}/Variables", item: "variable",
            list: environment.environmentRowList(VariableRow.self, key: "variables"), create: create,
            fetch: environment.environmentRowFetch(VariableRow.self, item: "variable", collection: "Variables"),
            update: update, delete: delete)
    }

    /// Key at most 128 characters, Value at most 450 bytes, as Twilio documents.
    static func check(key: String?, value: String?) throws(SandboxAPIError) {
        try Validate.length(key, "Key", max: 128)
        if let value, value.utf8.count > 450 { throw .invalid("Value must be at most 450 bytes long") }
    }

    @Sendable func create(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let form = try await request.formParameters(context: context)
        let key = try form.required("Key")
        guard let value = form["Value"] else { throw SandboxAPIError.invalid("Missing required parameter Value in the post body") }
        try Self.check(key: key, value: value)
        let row = try await environment.store.createVariable(
            in: try context.environmentPath(), key: key, value: value
        )
        return environment.answer(row, to: request, status: .created)
    }

    @Sendable func update(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let form = try await request.formParameters(context: context)
        let key = form["Key"]
        if key?.isEmpty == true { throw SandboxAPIError.invalid("Key must not be empty") }
        try Self.check(key: key, value: form["Value"])
        let row = try await environment.store.updateVariable(
            try context.parameter("variable"), in: try context.environmentPath(),
            key: key, value: form["Value"]
        )
        return environment.answer(row, to: request)
    }

    @Sendable func delete(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        try await environment.store.deleteVariable(
            try context.parameter("variable"), in: try context.environmentPath()
        )
        return JSONResponse.deleted
    }
}

extension VariableRow: JSONDocumentRow {
    func json(_ links: Links) -> JSONValue {
        .object([
            ("sid", .string(sid)), ("account_sid", .string(accountSid)), ("service_sid", .string(serviceSid)),
            ("environment_sid", .string(environmentSid)), ("key", .string(key)), ("value", .string(value)),
            ("date_created", .date(dateCreated)), ("date_updated", .date(dateUpdated)),
            ("url", .string(links.api("/Services/\(serviceSid)/Environments/\(environmentSid)/Variables/\(sid)"))),
        ])
    }
}
