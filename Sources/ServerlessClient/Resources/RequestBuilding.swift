import Foundation
import NIOHTTP1

/// Where a request goes before the client knows its hosts (they may be known only once a backend
/// started on first use): which of the two hosts, and the path from `/v1` on.
struct APIRoute: Sendable {
    /// The two hosts of the Serverless API.
    enum Host: Sendable {
        /// `serverless.twilio.com`: every resource.
        case api
        /// `serverless-upload.twilio.com`: the content of Function and Asset Versions.
        case upload
    }

    var host: Host
    /// `/v1/…`, each segment percent-encoded.
    var path: String

    /// The absolute URL under `endpoints`.
    func url(in endpoints: Endpoints) -> String {
        (host == .api ? endpoints.apiBaseURL : endpoints.uploadBaseURL) + path
    }
}

/// Route building and the four request shapes every resource uses.
extension ServerlessClient {
    /// The route of `kind` under `ids`: the parents' SIDs, then the resource's own when addressing one.
    func route(_ kind: ResourceKind, _ ids: String...) throws(ServerlessError) -> APIRoute {
        let parents = Array(ids.prefix(kind.parentCount))
        return try ResourcePath(kind, parents: parents, sid: ids.count > kind.parentCount ? ids.last : nil).route()
    }

    /// Sends `method` to `route` (plus `query`) on the started transport.
    func send(
        _ method: HTTPMethod, _ route: APIRoute, query: FormParameters = FormParameters(), body: APIRequest.Body? = nil
    ) async throws -> (HTTPTransport, APIRequest) {
        let transport = try await startup.transport()
        let url = route.url(in: transport.configuration.endpoints)
        return (transport, APIRequest(method: method, url: query.isEmpty ? url : url + "?" + query.encoded, body: body))
    }

    func get<Record: Decodable>(
        _ route: APIRoute, query: FormParameters = FormParameters(), as type: Record.Type = Record.self
    ) async throws -> Record {
        let (transport, request) = try await send(.GET, route, query: query)
        return try await transport.send(request, decoding: Record.self)
    }

    func post<Record: Decodable>(
        _ route: APIRoute, form: FormParameters, as type: Record.Type = Record.self
    ) async throws -> Record {
        let (transport, request) = try await send(.POST, route, body: .form(form))
        return try await transport.send(request, decoding: Record.self)
    }

    func upload<Record: Decodable>(
        _ route: APIRoute, upload: MultipartUpload, as type: Record.Type = Record.self
    ) async throws -> Record {
        let (transport, request) = try await send(.POST, route, body: .multipart(upload))
        return try await transport.send(request, decoding: Record.self)
    }

    func delete(_ route: APIRoute) async throws {
        let (transport, request) = try await send(.DELETE, route)
        _ = try await transport.send(request)
    }

    /// A lazy list; an invalid path argument is reported when iteration starts.
    func list<Record: ListableRecord>(
        _ route: @autoclosure () throws(ServerlessError) -> APIRoute, query: FormParameters = FormParameters(),
        pageSize: Int?, limit: Int?
    ) -> RecordList<Record> {
        RecordList(startup: startup, route: Result(catching: route), query: query, pageSize: pageSize, limit: limit)
    }
}
