import Foundation
import Hummingbird

/// An error answered to the client in Twilio's body shape `{code, message, more_info, status}`.
struct SandboxAPIError: Error, Equatable, HTTPResponseError {
    /// The HTTP status.
    var status: HTTPResponse.Status
    /// The Twilio error code.
    var code: Int
    /// The human-readable message.
    var message: String
    /// Seconds for a `Retry-After` header, when set.
    var retryAfter: Int? = nil
    /// The account's requests in flight, for a `Twilio-Concurrent-Requests` header, when set.
    var concurrentRequests: Int? = nil

    /// 20001 (400): a parameter is missing or invalid, or a validation rule failed.
    static func invalid(_ message: String) -> SandboxAPIError {
        SandboxAPIError(status: .badRequest, code: 20001, message: message)
    }

    /// 20003 (401): missing or wrong credentials.
    static let unauthenticated = SandboxAPIError(status: .unauthorized, code: 20003, message: "Authenticate")

    /// 20404 (404): the resource does not exist or belongs to another account. `path` has no `/v1`.
    static func notFound(_ path: String) -> SandboxAPIError {
        SandboxAPIError(status: .notFound, code: 20404, message: "The requested resource \(path) was not found")
    }

    /// 20409 (409): a unique name is taken, or the request conflicts with the resource's state.
    static func conflict(_ message: String) -> SandboxAPIError {
        SandboxAPIError(status: .conflict, code: 20409, message: message)
    }

    /// 20429 (429): too many requests (only ever injected).
    static func tooManyRequests(retryAfter: Int?) -> SandboxAPIError {
        SandboxAPIError(status: .tooManyRequests, code: 20429, message: "Too many requests", retryAfter: retryAfter)
    }

    /// 20429 (429): the account already has as many requests in flight as it may; not processed.
    static func concurrencyLimit(inFlight: Int) -> SandboxAPIError {
        SandboxAPIError(status: .tooManyRequests, code: 20429, message: "Too many requests", concurrentRequests: inFlight)
    }

    /// 413 / 20001: a request body over the limit of its route.
    static func bodyTooLarge(limit: Int) -> SandboxAPIError {
        SandboxAPIError(status: .contentTooLarge, code: 20001, message: "The request body is larger than the limit of \(BodyLimits.text(limit))")
    }

    var moreInfo: String { "https://www.twilio.com/docs/errors/\(code)" }

    /// The body: Twilio's classic shape, or for 429 the shape the serverless API was seen to use.
    var body: JSONValue {
        if status == .tooManyRequests {
            return .object([
                ("status", .int(Int64(status.code))), ("message", .string(message)),
                ("detail", .string("Request was not processed; retry after a pause.")),
                ("code", .int(Int64(code))), ("moreInfo", .string(moreInfo)),
            ])
        }
        return .object([
            ("code", .int(Int64(code))), ("message", .string(message)),
            ("more_info", .string(moreInfo)), ("status", .int(Int64(status.code))),
        ])
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = JSONResponse.make(body, status: status)
        if let retryAfter { response.headers[.retryAfter] = String(retryAfter) }
        if let concurrentRequests, let name = HTTPFields.Element.Name("Twilio-Concurrent-Requests") {
            response.headers[name] = String(concurrentRequests)
        }
        if status == .unauthorized { response.headers[.wwwAuthenticate] = "Basic realm=\"Twilio API\"" }
        return response
    }
}
