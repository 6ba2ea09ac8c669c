import Hummingbird

/// `…/Environments/{EnvironmentSid}/Deployments[/{Sid}]` (no update or delete, as on Twilio).
struct DeploymentRoutes {
    let environment: RouteEnvironment

    func register(on router: RouterGroup<SandboxRequestContext>) {
        router.collection(
            "Services/{service}/Environments/{environment}/Deployments", item: "deployment",
            list: environment.environmentRowList(DeploymentRow.self, key: "deployments"), create: create,
            fetch: environment.environmentRowFetch(DeploymentRow.self, item: "deployment", collection: "Deployments"))
    }

    @Sendable func create(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let form = try await request.formParameters(context: context)
        _ = try form.bool("IsPlugin")
        let row = try await environment.store.createDeployment(
            in: try context.environmentPath(), buildSid: form["BuildSid"].flatMap { $0.isEmpty ? nil : $0 }
        )
        return environment.answer(row, to: request, status: .created)
    }
}

extension DeploymentRow: JSONDocumentRow {
    func json(_ links: Links) -> JSONValue {
        .object([
            ("sid", .string(sid)), ("account_sid", .string(accountSid)), ("service_sid", .string(serviceSid)),
            ("environment_sid", .string(environmentSid)), ("build_sid", .string(orNull: buildSid)),
            ("date_created", .date(dateCreated)), ("date_updated", .date(dateUpdated)),
            ("url", .string(links.api("/Services/\(serviceSid)/Environments/\(environmentSid)/Deployments/\(sid)"))),
        ])
    }
}
