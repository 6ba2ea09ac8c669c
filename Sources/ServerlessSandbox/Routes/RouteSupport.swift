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
        if let authority = request.head.authority, !authority.isEmpty,
           authority.allSatisfy({ $0.isLetter || $0.isNumber || ".-:[]_".contains($0) }) {
            return Links(origin: "http://" + authority)
        }
        return Links(origin: fallback)
    }
}

/// What every route family needs.
struct RouteEnvironment: Sendable {
    let store: SandboxStore
    let origin: OriginBox

    func links(_ request: Request) -> Links { Links.of(request, fallback: origin.origin) }
}

extension Request {
    /// The form-encoded body (also accepted from the query string, as Twilio does for POSTs).
    func formParameters(context: SandboxRequestContext) async throws -> FormParameters {
        let buffer = try await body.collect(upTo: context.maxUploadSize)
        let text = String(buffer: buffer)
        return FormParameters(encoded: text)
    }

    /// The path without its `/v1` prefix, as error messages and list URLs use it.
    var apiPath: String {
        let path = uri.path
        return path.hasPrefix("/v1/") ? String(path.dropFirst(3)) : path
    }

    /// The query string's parameters, in order.
    var queryParameters: FormParameters {
        FormParameters(encoded: uri.query ?? "")
    }

    /// `PageSize` (1–1000, default 50), `Page` (≥ 0) and `PageToken`; 20001 when out of range.
    func pageRequest() throws(SandboxAPIError) -> PageRequest {
        let query = queryParameters
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
            guard let cursor = PageCursor(token: text) else { throw .invalid("Invalid PageToken") }
            page.cursor = cursor
        }
        return page
    }
}

/// Parameter checks shared by the route families.
enum Validate {
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
