import Hummingbird

/// `/v1/Services/{ServiceSid}/Builds[/{Sid}[/Status]]`.
struct BuildRoutes {
    let environment: RouteEnvironment

    func register(on router: RouterGroup<SandboxRequestContext>) {
        router.get("Services/{service}/Builds", use: list)
        router.post("Services/{service}/Builds", use: create)
        router.get("Services/{service}/Builds/{build}", use: fetch)
        router.delete("Services/{service}/Builds/{build}", use: delete)
        router.get("Services/{service}/Builds/{build}/Status", use: status)
    }

    @Sendable func list(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let (page, rendering) = try environment.listing("builds", request, context: context)
        let (result, details) = try await environment.store.listBuilds(
            in: try context.servicePath(), page: page
        )
        let links = rendering.links
        return rendering.response(details.map { $0.json(links) }, page: result, request: page)
    }

    @Sendable func create(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let form = try await request.formParameters(context: context)
        let runtime = form["Runtime"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultRuntime
        guard supportedRuntimes.contains(runtime) else {
            throw SandboxAPIError.invalid("Runtime must be one of \(supportedRuntimes.sorted().joined(separator: ", ")), got \(runtime)")
        }
        let buildRequest = BuildRequest(
            functionVersions: form.all("FunctionVersions"), assetVersions: form.all("AssetVersions"),
            dependencies: try BuildDependency.parseField(form["Dependencies"] ?? ""), runtime: runtime
        )
        let detail = try await environment.store.createBuild(
            in: try context.servicePath(), request: buildRequest
        )
        return JSONResponse.make(detail.json(environment.links(request)), status: .created)
    }

    @Sendable func fetch(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let detail = try await environment.store.build(
            try context.parameter("build"), in: try context.servicePath()
        )
        return Self.withFailureReason(JSONResponse.make(detail.json(environment.links(request))), of: detail.build)
    }

    /// A failed build's reason, in a header of the sandbox's own (the body stays Twilio's shape).
    static func withFailureReason(_ response: Response, of build: BuildRow) -> Response {
        guard build.status == .failed, let reason = build.failureReason,
              let name = HTTPFields.Element.Name("X-Sandbox-Failure-Reason")
        else { return response }
        var response = response
        let printable = String(reason.unicodeScalars.map { (0x20...0x7E).contains($0.value) ? Character($0) : "?" })
        response.headers[name] = printable
        return response
    }

    @Sendable func status(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let build = try await environment.store.buildStatus(
            try context.parameter("build"), in: try context.servicePath()
        )
        return Self.withFailureReason(JSONResponse.make(.object([
            ("sid", .string(build.sid)), ("account_sid", .string(build.accountSid)), ("service_sid", .string(build.serviceSid)),
            ("status", .string(build.status.rawValue)),
            ("url", .string(environment.links(request).api("/Services/\(build.serviceSid)/Builds/\(build.sid)/Status"))),
        ])), of: build)
    }

    @Sendable func delete(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        try await environment.store.deleteBuild(
            try context.parameter("build"), in: try context.servicePath()
        )
        return JSONResponse.deleted
    }
}

extension BuildDetail {
    func json(_ links: Links) -> JSONValue {
        let url = links.api("/Services/\(build.serviceSid)/Builds/\(build.sid)")
        // The stored list is JSON the sandbox wrote itself, in the wire shape: sent as is.
        let dependencies: JSONValue = build.dependencies.hasPrefix("[") ? .raw(build.dependencies) : .array([])
        return .object([
            ("sid", .string(build.sid)), ("account_sid", .string(build.accountSid)), ("service_sid", .string(build.serviceSid)),
            ("asset_versions", .array(assetVersions.map { $0.embeddedJSON })),
            ("function_versions", .array(functionVersions.map { $0.embeddedJSON })),
            ("dependencies", dependencies), ("runtime", .string(build.runtime)),
            ("status", .string(build.status.rawValue)),
            ("date_created", .string(TwilioDate.format(build.dateCreated))),
            ("date_updated", .string(TwilioDate.format(build.dateUpdated))),
            ("url", .string(url)), ("links", .object([("build_status", .string(url + "/Status"))])),
        ])
    }
}

extension VersionRow {
    /// The version object as a build embeds it: no url, no links.
    var embeddedJSON: JSONValue {
        .object([
            ("sid", .string(sid)), ("account_sid", .string(accountSid)), ("service_sid", .string(serviceSid)),
            (kind == .function ? "function_sid" : "asset_sid", .string(componentSid)),
            ("date_created", .string(TwilioDate.format(dateCreated))), ("path", .string(path)),
            ("visibility", .string(visibility.rawValue)),
        ])
    }
}
