/// Every failure the client reports. Values only: turning them into text lives in
/// `ServerlessError+Description.swift`.
public enum ServerlessError: Error, Equatable, Sendable {
    /// The API answered with an error status (after any retries).
    case api(APIFailure)
    /// A POST may or may not have been carried out: it was sent, then the connection failed, the
    /// attempt timed out or the server answered with a 5xx other than 503. It is not retried, since
    /// a second Build (or Service, Variable, …) could result; check the resource before retrying.
    case outcomeUnknown(Request, reason: String)
    /// The request (after any retries) got no answer within the configured time.
    case timedOut(Request)
    /// The request (after any retries) failed to connect or lost its connection.
    case transport(Request, reason: String)
    /// The response was not what the API documents (e.g. unreadable JSON).
    case invalidResponse(Request, reason: String)
    /// Waiting for Builds stopped at the deadline; the SIDs are those still not finished.
    case buildWaitTimedOut(service: String, pending: [String], after: Duration)
    /// An argument the client cannot send (e.g. an empty SID).
    case invalidArgument(String)
    /// An exchange ran out of one of its deadlines. Not retried: a server this slow is not helped by
    /// a second request. (A POST that ran out reports ``outcomeUnknown(_:reason:)`` instead.)
    case deadlineExceeded(Request, Deadline)
    /// The answer was larger than the limit (or said it would be); it was not read further and the
    /// request was not retried.
    case responseTooLarge(Request, limit: Int)
    /// The answer was not the Serverless API's: e.g. an HTML page from a proxy, a captive portal or a
    /// login form. `status` is the HTTP status it came with.
    case notTheAPI(Request, status: Int, content: String)
    /// The server answered with a redirect. The Serverless API never redirects, so nothing was
    /// followed (credentials stay on the configured host). `location` is escaped for display.
    case redirected(Request, status: Int, location: String?)
    /// A URL from the server (a `next_page_url`) would have sent the request, and its credentials,
    /// somewhere other than the configured host; nothing was sent. `url` is escaped for display.
    case refusedURL(url: String, field: String, reason: String)
    /// The backend a client starts on first use (e.g. an embedded sandbox) did not start; nothing
    /// was sent. The next request tries again.
    case backendDidNotStart(reason: String)
    /// The client is read-only (``ServerlessClient/Configuration/isReadOnly``) and the request would
    /// change something (any method but GET); it was refused before anything was sent.
    case refusedInReadOnlyMode(Request)

    /// The two deadlines of one exchange.
    public enum Deadline: Equatable, Sendable {
        /// No byte of the answer arrived for this long.
        case idle(Duration)
        /// The whole answer (headers and body) did not arrive within this long.
        case whole(Duration)
    }

    /// The request an error is about (made by the client; a caller reads it).
    public struct Request: Equatable, Sendable {
        /// `GET`, `POST` or `DELETE`.
        public var method: String
        /// Path and query, without scheme and host, e.g. `/v1/Services/ZS…/Builds`.
        public var path: String
        /// How many attempts were made.
        public var attempts: Int
    }

    /// A Twilio error response.
    public struct APIFailure: Equatable, Sendable {
        /// The HTTP status, e.g. 404.
        public var status: Int
        /// The Twilio error code, e.g. 20404, when the body carried one.
        public var code: Int?
        /// The message from the body (or the HTTP reason when the body had none).
        public var message: String
        /// The documentation link (`more_info`, or `moreInfo` in the 429 shape).
        public var moreInfo: String?
        /// Extra explanation (`detail`, or `details` as JSON text), when given.
        public var detail: String?
        /// The failed request.
        public var request: Request

        /// Makes a failure.
        public init(status: Int, code: Int?, message: String, moreInfo: String?, detail: String?, request: Request) {
            self.status = status
            self.code = code
            self.message = message
            self.moreInfo = moreInfo
            self.detail = detail
            self.request = request
        }
    }

    /// The HTTP status, for API errors.
    public var status: Int? {
        if case .api(let failure) = self { return failure.status }
        return nil
    }

    /// The Twilio error code, for API errors that carried one.
    public var code: Int? {
        if case .api(let failure) = self { return failure.code }
        return nil
    }

    /// The request concerned, when there was one.
    public var request: Request? {
        switch self {
        case .api(let failure): return failure.request
        case .outcomeUnknown(let request, _), .timedOut(let request), .transport(let request, _),
             .invalidResponse(let request, _), .deadlineExceeded(let request, _), .responseTooLarge(let request, _),
             .notTheAPI(let request, _, _), .redirected(let request, _, _), .refusedInReadOnlyMode(let request):
            return request
        case .buildWaitTimedOut, .invalidArgument, .refusedURL, .backendDidNotStart: return nil
        }
    }

    /// Whether this is a 404 (the resource does not exist).
    public var isNotFound: Bool { status == 404 }
}
