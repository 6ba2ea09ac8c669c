import Foundation

/// Turning answers that are not successes into ``ServerlessError`` values, with every piece of
/// server text escaped and redacted on the way in (see ``HTTPTransport/shown(_:)``).
extension HTTPTransport {
    /// The request as errors name it: method, and path and query with the secret redacted and
    /// control characters escaped (a `next_page_url`'s query is server text and may echo a token).
    func named(_ request: APIRequest, attempts: Int) -> ServerlessError.Request {
        ServerlessError.Request(method: request.method.rawValue, path: shown(request.pathForErrors), attempts: attempts)
    }

    /// The error for a final non-2xx answer: Twilio's error body, or "not the API" for an HTML page.
    func failure(_ outcome: AttemptOutcome, context: ServerlessError.Request) -> ServerlessError {
        let status = outcome.status ?? 0
        if let content = Self.foreignContent(outcome.body, contentType: outcome.contentType) {
            return .notTheAPI(context, status: status, content: content)
        }
        var failure = APIErrorBody.failure(status: status, reason: outcome.reason, body: outcome.body, request: context)
        failure.message = shown(failure.message)
        failure.detail = failure.detail.map(shown)
        failure.moreInfo = failure.moreInfo.map(shown)
        return .api(failure)
    }

    /// The error after the last retry.
    func finalError(_ outcome: AttemptOutcome, context: ServerlessError.Request) -> ServerlessError {
        switch outcome.result {
        case .response:
            return failure(outcome, context: context)
        case .failure(let transportFailure):
            let reason = shown(transportFailure.reason)
            return transportFailure.isTimeout ? .timedOut(context) : .transport(context, reason: reason)
        }
    }

    /// The error for a 2xx answer whose body is not the JSON the API documents.
    func unreadable(_ response: APIResponse, error: any Error, request: APIRequest) -> ServerlessError {
        let context = named(request, attempts: 1)
        if let content = Self.foreignContent(response.body, contentType: response.contentType) {
            return .notTheAPI(context, status: response.status, content: content)
        }
        let reason: String
        if let decodingError = error as? DecodingError, case .dataCorrupted(let detail) = decodingError,
           detail.codingPath.isEmpty
        {
            reason = "the server answered \(response.status) with invalid JSON: \(preview(response.body))"
        } else {
            reason = "the server answered \(response.status) with JSON the API does not send ("
                + shown(Self.describe(decodingError: error)) + "): " + preview(response.body)
        }
        return .invalidResponse(context, reason: reason)
    }

    /// The first bytes of a body, made safe to show.
    func preview(_ body: Data) -> String {
        let limit = 120
        if body.isEmpty { return "an empty body" }
        let text = shown(String(decoding: body.prefix(limit), as: UTF8.self))
        return "'" + text + (body.count > limit ? "…' (\(body.count) bytes)" : "'")
    }

    /// `an HTML page` when the answer is a web page rather than JSON, else `nil`.
    static func foreignContent(_ body: Data, contentType: String?) -> String? {
        if let contentType = contentType?.lowercased(), contentType.contains("text/html") { return "an HTML page" }
        let start = body.prefix(512).drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        let head = String(decoding: start.prefix(15), as: UTF8.self).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html") ? "an HTML page" : nil
    }

    /// A decoding failure in words: which field, and what was wrong with it.
    static func describe(decodingError error: any Error) -> String {
        guard let error = error as? DecodingError else { return "unreadable" }
        switch error {
        case .keyNotFound(let key, let context):
            return "no '\(key.stringValue)' in \(path(context.codingPath))"
        case .valueNotFound(_, let context):
            return "\(path(context.codingPath)) is null"
        case .typeMismatch(_, let context):
            return "\(path(context.codingPath)) has the wrong type"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)) has an invalid value"
        @unknown default:
            return "unreadable"
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.isEmpty ? "the top level" : "'" + codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            .joined(separator: ".") + "'"
    }
}
