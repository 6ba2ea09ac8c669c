import Foundation
import Hummingbird

/// `/v1/Services/{ServiceSid}/Builds[/{Sid}[/Status]]`.
struct BuildRoutes {
    let environment: RouteEnvironment

    func register(on router: RouterGroup<SandboxRequestContext>) {
        router.collection("Services/{service}/Builds", item: "build", list: list, create: create, fetch: fetch, delete: delete)
        router.get("Services/{service}/Builds/{build}/Status", use: status)
    }

    @Sendable func list(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let (page, rendering) = try environment.listing("builds", request, context: context)
        let links = rendering.links
        return try await environment.store.withBuildPage(in: try context.servicePath(), page: page) { result, rows in
            var builds = BuildPageJSON(links: links, now: Date(), renderedBuilds: rows.renderedBuilds)
            return try rendering.response(page: result, request: page, bytesPerItem: 1536) { writer in
                try rows.forEach { build, versions in
                    try writer.rawValue { try builds.write(build, versions: &versions, to: &$0) }
                }
            }
        }
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
        let links = environment.links(request)
        return JSONResponse.make(status: .created) { detail.write(to: &$0, links: links) }
    }

    /// Written as a page of one (`BuildPageJSON`), so a settled build comes from the rendered builds.
    @Sendable func fetch(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let links = environment.links(request)
        let now = Date()
        let (build, response) = try await environment.store.withBuild(
            try context.parameter("build"), in: try context.servicePath(), now: now
        ) { build, rows in
            var builds = BuildPageJSON(links: links, now: now, renderedBuilds: rows.renderedBuilds)
            let response = try JSONResponse.make(capacity: 2048) { writer in
                try writer.rawValue { output in
                    guard !builds.writeRendered(build, to: &output) else { return }
                    try rows.forEach { build, versions in try builds.write(build, versions: &versions, to: &output) }
                }
            }
            return (build, response)
        }
        return Self.withFailureReason(response, of: build)
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
    /// Written member by member rather than as a `JSONValue`: a page holds up to 1,000 of them.
    func write(to writer: inout JSONWriter, links: Links) {
        writer.object { writer in
            writer.key("sid"); writer.string(build.sid)
            writer.key("account_sid"); writer.string(build.accountSid)
            writer.key("service_sid"); writer.string(build.serviceSid)
            writer.key("asset_versions")
            writer.array { writer in
                for version in assetVersions { version.writeEmbedded(to: &writer) }
            }
            writer.key("function_versions")
            writer.array { writer in
                for version in functionVersions { version.writeEmbedded(to: &writer) }
            }
            // The stored list is JSON the sandbox wrote itself, in the wire shape: sent as is.
            writer.key("dependencies"); writer.raw(build.dependencies.hasPrefix("[") ? build.dependencies : "[]")
            writer.key("runtime"); writer.string(build.runtime)
            writer.key("status"); writer.string(build.status.rawValue)
            writer.key("date_created"); writer.date(build.dateCreated)
            writer.key("date_updated"); writer.date(build.dateUpdated)
            writer.key("url"); writer.string(links.origin, "/v1/Services/", build.serviceSid, "/Builds/", build.sid)
            writer.key("links")
            writer.object { writer in
                writer.key("build_status")
                writer.string(links.origin, "/v1/Services/", build.serviceSid, "/Builds/", build.sid, "/Status")
            }
        }
    }
}

extension VersionRow {
    /// The version object as a build embeds it: no url, no links.
    func writeEmbedded(to writer: inout JSONWriter) {
        writer.object { writer in
            writeOwners(to: &writer)
            writer.key("date_created"); writer.date(dateCreated)
            writer.key("path"); writer.string(path)
            writer.key("visibility"); writer.string(visibility.rawValue)
        }
    }

    /// The members every version object starts with: its SID and those of its account, service and
    /// Function or Asset.
    func writeOwners(to writer: inout JSONWriter) {
        writer.key("sid"); writer.string(sid)
        writer.key("account_sid"); writer.string(accountSid)
        writer.key("service_sid"); writer.string(serviceSid)
        writer.key(kind == .function ? "function_sid" : "asset_sid"); writer.string(componentSid)
    }
}
