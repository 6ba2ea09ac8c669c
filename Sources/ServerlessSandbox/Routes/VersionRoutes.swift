import Foundation
import Hummingbird

/// `…/Functions/{FunctionSid}/Versions[/{Sid}[/Content]]` and `…/Assets/{AssetSid}/Versions[/{Sid}]`,
/// including version creation by multipart upload (Twilio serves that from its upload host; the
/// sandbox serves it on the same port and paths).
struct VersionRoutes {
    let environment: RouteEnvironment
    let kind: ComponentKind

    func register(on router: RouterGroup<SandboxRequestContext>) {
        let collection = "Services/{service}/\(kind.collection)/{component}/Versions"
        router.collection(collection, item: "version", list: list, create: upload, fetch: fetch)
        if kind == .function {
            router.get(RouterPath(collection + "/{version}/Content"), use: content)
        }
    }

    @Sendable func list(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let (page, rendering) = try environment.listing(kind == .function ? "function_versions" : "asset_versions", request, context: context)
        let result = try await environment.store.listVersions(
            kind, componentSid: try context.parameter("component"), in: try context.servicePath(), page: page
        )
        let links = rendering.links
        return rendering.response(page: result, request: page) { writer in
            for row in result.rows { row.write(to: &writer, links: links) }
        }
    }

    @Sendable func fetch(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let row = try await environment.store.version(
            kind, sid: try context.parameter("version"), componentSid: try context.parameter("component"),
            in: try context.servicePath()
        )
        let links = environment.links(request)
        return JSONResponse.make { row.write(to: &$0, links: links) }
    }

    @Sendable func content(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let row = try await environment.store.version(
            kind, sid: try context.parameter("version"), componentSid: try context.parameter("component"),
            in: try context.servicePath(), withContent: true
        )
        let url = environment.links(request).api("/Services/\(row.serviceSid)/Functions/\(row.componentSid)/Versions/\(row.sid)/Content")
        return JSONResponse.make(.object([
            ("sid", .string(row.sid)), ("account_sid", .string(row.accountSid)), ("service_sid", .string(row.serviceSid)),
            ("function_sid", .string(row.componentSid)), ("content", .string(String(decoding: row.content, as: UTF8.self))),
            ("url", .string(url)),
        ]))
    }

    @Sendable func upload(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let body = try await request.collectBody(upTo: BodyLimits.upload)
        let upload = try VersionUploadForm.parse(body, contentType: request.headers[.contentType])
        let row = try await environment.store.createVersion(
            kind, componentSid: try context.parameter("component"), in: try context.servicePath(), upload: upload
        )
        let links = environment.links(request)
        return JSONResponse.make(status: .created) { row.write(to: &$0, links: links) }
    }
}

extension VersionRow {
    /// Written member by member rather than as a `JSONValue` tree (see `ServiceRow.write`).
    func write(to writer: inout JSONWriter, links: Links) {
        writer.object { writer in
            writeOwners(to: &writer)
            writer.key("path"); writer.string(path)
            writer.key("visibility"); writer.string(visibility.rawValue)
            writer.key("date_created"); writer.date(dateCreated)
            writer.key("url"); writer.string(links.origin, "/v1/Services/", serviceSid, "/", kind.collection, "/", componentSid, "/Versions/", sid)
            if kind == .function {
                writer.key("links")
                writer.object { writer in
                    writer.key("function_version_content")
                    writer.string(links.origin, "/v1/Services/", serviceSid, "/Functions/", componentSid, "/Versions/", sid, "/Content")
                }
            }
        }
    }
}
