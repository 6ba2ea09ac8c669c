import Foundation
import Hummingbird

/// Builds the absolute `url` and `links` of resources from the address the client used.
struct Links: Sendable {
    /// `http://host:port`, no trailing slash.
    let origin: String

    /// The absolute URL of an API path such as `/Services/ZS…` (adds `/v1`).
    func api(_ path: String) -> String { origin + "/v1" + path }

    /// From the request's Host header, falling back to the server's own base URL.
    static func of(_ request: Request, fallback: String) -> Links {
        if let authority = request.head.authority, !authority.isEmpty, isPlainAuthority(authority) {
            return Links(origin: "http://" + authority)
        }
        return Links(origin: fallback)
    }

    /// Whether a Host header holds only letters, digits and `.-:[]_`: a name, an address, a port.
    /// Letters and digits are Unicode's (an internationalized name passes as it is); ASCII is
    /// checked byte by byte, as almost every header is, without making a `Character` of each.
    static func isPlainAuthority(_ authority: String) -> Bool {
        if authority.utf8.allSatisfy({ $0 < 0x80 }) {
            return authority.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                     UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "_"):
                    true
                default:
                    false
                }
            }
        }
        return authority.allSatisfy { $0.isLetter || $0.isNumber || ".-:[]_".contains($0) }
    }
}

/// What every route family needs.
struct RouteEnvironment: Sendable {
    let store: SandboxStore
    let origin: OriginBox
    let pageTokens: PageTokenSealer

    func links(_ request: Request) -> Links { Links.of(request, fallback: origin.origin) }

    /// The paging of a list request and how to render its page: the `PageToken` is opened for, and
    /// new ones sealed to, the authenticated account and this list.
    func listing(_ key: String, _ request: Request, context: SandboxRequestContext) throws -> (PageRequest, ListRendering) {
        let scope = PageTokenScope(sealer: pageTokens, account: try context.accountSid(), list: request.apiPath)
        let page = try request.pageRequest(tokens: scope)
        return (page, ListRendering(key: key, links: links(request), path: request.apiPath, tokens: scope))
    }
}

/// A stored row the API answers with as one JSON object (its `url` and `links` built from `Links`).
protocol JSONDocumentRow: Sendable {
    func json(_ links: Links) -> JSONValue
}

extension RouteEnvironment {
    /// A list route's answer: the page `read` finds for the request's paging, as the list `key`.
    func list<Row: JSONDocumentRow>(
        _ key: String, _ request: Request, context: SandboxRequestContext,
        read: (PageRequest) async throws -> PageResult<Row>
    ) async throws -> Response {
        let (page, rendering) = try listing(key, request, context: context)
        let result = try await read(page)
        let links = rendering.links
        return rendering.response(result.rows.map { $0.json(links) }, page: result, request: page)
    }

    /// The answer with one row (a fetch, create or update), its URLs built for the request.
    func answer(_ row: some JSONDocumentRow, to request: Request, status: HTTPResponse.Status = .ok) -> Response {
        JSONResponse.make(row.json(links(request)), status: status)
    }

    /// The list route of one of an environment's collections (`Deployments`, `Variables`): all its
    /// rows in the environment the path names, as the list `key`.
    func environmentRowList<Row: SequencedRow & JSONDocumentRow>(_: Row.Type, key: String) -> SandboxHandler {
        { [self] request, context in
            try await list(key, request, context: context) { page -> PageResult<Row> in
                try await store.environmentRows(in: try context.environmentPath(), page: page)
            }
        }
    }

    /// The fetch route of a row in one of an environment's collections (`Deployments`, `Logs`,
    /// `Variables`): the SID the route's `{item}` names, in the environment the path names.
    func environmentRowFetch<Row: SequencedRow & JSONDocumentRow>(_: Row.Type, item: String, collection: String) -> SandboxHandler {
        { [self] request, context in
            let row: Row = try await store.environmentRow(try context.parameter(item), of: collection, in: try context.environmentPath())
            return answer(row, to: request)
        }
    }
}

/// The page tokens of one account's list.
struct PageTokenScope: Sendable {
    let sealer: PageTokenSealer
    let account: String
    let list: String

    func seal(_ cursor: PageCursor) -> String { sealer.seal(cursor, account: account, list: list) }
    func open(_ token: String) -> PageCursor? { sealer.open(token, account: account, list: list) }
}

extension Request {
    /// The form-encoded body (also accepted from the query string, as Twilio does for POSTs).
    func formParameters(context: SandboxRequestContext) async throws -> FormParameters {
        let buffer = try await collectBody(upTo: BodyLimits.form)
        guard let text = String(validating: buffer.readableBytesView, as: UTF8.self) else {
            throw SandboxAPIError.invalid("The request body is not UTF-8 text")
        }
        return try FormParameters(encoded: text)
    }

    /// The path without its `/v1` prefix, as error messages and list URLs use it.
    var apiPath: String {
        let path = uri.path
        return path.hasPrefix("/v1/") ? String(path.dropFirst(3)) : path
    }

    /// The query string's parameters, in order.
    func queryParameters() throws(SandboxAPIError) -> FormParameters {
        try FormParameters(encoded: uri.query ?? "")
    }

    /// `PageSize` (1–1000, default 50), `Page` (≥ 0) and `PageToken`; 20001 when out of range.
    func pageRequest(tokens: PageTokenScope) throws(SandboxAPIError) -> PageRequest {
        let query = try queryParameters()
        var page = PageRequest()
        if let text = query["PageSize"] {
            guard let size = Int(text), (1...1000).contains(size) else {
                throw .invalid("PageSize must be an integer from 1 to 1000, got \(text)")
            }
            page.size = size
        }
        if let text = query["Page"] {
            guard let number = Int(text), number >= 0 else { throw .invalid("Page must be a non-negative integer, got \(text)") }
            page.page = number
        }
        if let text = query["PageToken"], !text.isEmpty {
            guard let cursor = tokens.open(text) else { throw .invalid("Invalid PageToken") }
            page.cursor = cursor
        }
        return page
    }
}

/// Parameter checks shared by the route families.
enum Validate {
    /// Throws 20001 when the text holds a NUL character, which SQLite text cannot keep.
    static func storable(_ value: String, _ name: String) throws(SandboxAPIError) {
        guard value.utf8.contains(0) else { return }
        throw .invalid("\(name) must not contain a NUL character")
    }

    /// Throws 20001 when `value` is longer than `limit` characters.
    static func length(_ value: String?, _ name: String, max limit: Int) throws(SandboxAPIError) {
        guard let value, value.count > limit else { return }
        throw .invalid("\(name) must be at most \(limit) characters long")
    }

    /// Throws 20001 unless the name is URL-safe (letters, digits, `-`, `_`) and at most `limit` long.
    static func uniqueName(_ value: String, _ name: String, max limit: Int) throws(SandboxAPIError) {
        try length(value, name, max: limit)
        guard value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw .invalid("\(name) may contain only letters, digits, '-' and '_': \(value)")
        }
    }
}
