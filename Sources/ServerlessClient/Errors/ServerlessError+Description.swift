import Foundation

/// The text renderings of ``ServerlessError``, kept apart from the values.
extension ServerlessError: CustomStringConvertible, LocalizedError {
    /// One line (two for "outcome unknown": what happened, then what to check), e.g.
    /// `error 20404: The requested resource was not found (HTTP 404, GET /v1/Services/ZS…)`.
    public var description: String {
        switch self {
        case .api(let failure):
            let code = failure.code.map { "error \($0): " } ?? "HTTP \(failure.status): "
            var text = code + failure.message
            if let detail = failure.detail, detail != failure.message { text += " — \(detail)" }
            text += " (HTTP \(failure.status), \(Self.describe(failure.request)))"
            if let moreInfo = failure.moreInfo { text += " " + moreInfo }
            return text
        case .outcomeUnknown(let request, let reason):
            return "outcome unknown: \(Self.describe(request)) was sent but \(reason); it may or may not "
                + "have taken effect and was not retried.\n" + Self.whatToCheck(request)
        case .timedOut(let request):
            return "timed out: \(Self.describe(request)) got no answer"
        case .transport(let request, let reason):
            return "connection failed: \(Self.describe(request)): \(reason)"
        case .invalidResponse(let request, let reason):
            return "unexpected response to \(Self.describe(request)): \(reason)"
        case .buildWaitTimedOut(let service, let pending, let after):
            let seconds = after.formatted(.units(allowed: [.minutes, .seconds], width: .narrow))
            let list = pending.prefix(5).joined(separator: ", ") + (pending.count > 5 ? ", …" : "")
            return "gave up waiting after \(seconds): \(pending.count) build(s) of service \(service) "
                + "still not finished: \(list)"
        case .invalidArgument(let message):
            return "invalid argument: \(message)"
        case .deadlineExceeded(let request, .idle(let limit)):
            return "timed out: \(Self.describe(request)): the server sent no data for \(Self.seconds(limit)) "
                + "(BUILDSH_IDLE_TIMEOUT); not retried"
        case .deadlineExceeded(let request, .whole(let limit)):
            return "timed out: \(Self.describe(request)): no complete answer within \(Self.seconds(limit)) "
                + "(BUILDSH_TIMEOUT); not retried"
        case .responseTooLarge(let request, let limit):
            return "the answer to \(Self.describe(request)) is larger than the \(limit / (1024 * 1024)) MiB limit; "
                + "it was not read further and not retried"
        case .notTheAPI(let request, let status, let content):
            return "the server answered \(status) with \(content), not the Serverless API "
                + "(is BUILDSH_API_URL right?) (\(Self.describe(request)))"
        case .redirected(let request, let status, let location):
            let target = location.map { "redirected to \($0)" } ?? "answered with a redirect (HTTP \(status))"
            return "the server \(target); the Serverless API never redirects, so nothing was followed "
                + "(\(Self.describe(request)))"
        case .refusedURL(let url, let field, let reason):
            return "refused the \(field) \(url): \(reason); nothing was sent"
        case .backendDidNotStart(let reason):
            return "\(reason); nothing was sent"
        case .refusedInReadOnlyMode(let request):
            return "refused \(Self.describe(request)): this client is read-only (only GET requests are sent); nothing was sent"
        }
    }

    /// Same as `description`.
    public var errorDescription: String? { description }

    /// `30s`, `1.5s`: how deadlines are written in messages (and in the variables that set them).
    static func seconds(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return seconds == seconds.rounded() ? "\(Int(seconds))s" : "\(seconds)s"
    }

    private static func describe(_ request: Request) -> String {
        let attempts = request.attempts > 1 ? " after \(request.attempts) attempts" : ""
        return "\(request.method) \(request.path)\(attempts)"
    }

    /// What a user should look at before retrying a POST whose outcome is unknown.
    static func whatToCheck(_ request: Request) -> String {
        let path = request.path.split(separator: "?").first.map(String.init) ?? request.path
        let collection = path.split(separator: "/").last.map(String.init) ?? path
        if isSid(collection) {
            return "Check: fetch it (GET \(path)) to see whether the change was applied before retrying."
        }
        if collection == "Builds" {
            return "Check: list the builds of the service (GET \(path)) for one created just now before "
                + "creating another."
        }
        return "Check: list \(collection) (GET \(path)) to see whether it was created before retrying."
    }

    private static func isSid(_ text: String) -> Bool {
        text.count == 34 && text.prefix(2).allSatisfy(\.isUppercase) && text.dropFirst(2).allSatisfy(\.isHexDigit)
    }
}
