import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// A request to the API, before credentials and headers are added.
struct APIRequest: Sendable {
    /// The body kinds the API takes.
    enum Body: Sendable {
        case form(FormParameters)
        case multipart(MultipartUpload)
    }

    var method: HTTPMethod
    /// The absolute URL.
    var url: String
    var body: Body?

    /// Path and query without scheme and host, for errors.
    var pathForErrors: String {
        guard let components = URLComponents(string: url) else { return url }
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        return components.percentEncodedQuery.map { path + "?" + $0 } ?? path
    }
}

/// A successful response.
struct APIResponse: Sendable {
    var status: Int
    var body: Data
    /// The `Content-Type` header, to tell an HTML page from the API's JSON.
    var contentType: String? = nil
    /// Every response header (e.g. the sandbox's `X-Sandbox-Failure-Reason`).
    var headers: [(name: String, value: String)] = []

    /// The first value of header `name`, any case.
    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// Sends requests through one shared `HTTPClient` and one concurrency limiter, retrying as
/// ``RetryPolicy`` says, and turns failures into ``ServerlessError``.
///
/// Every attempt has two deadlines (``ServerlessClient/Configuration/idleTimeout`` between bytes and
/// ``ServerlessClient/Configuration/requestTimeout`` for the whole exchange) and a size cap
/// (``ServerlessClient/Configuration/maximumResponseBytes``); reaching any of them ends the request
/// without a retry. Redirects are never followed, and no request leaves the configured hosts.
final class HTTPTransport: Sendable {
    let httpClient: HTTPClient
    let configuration: ServerlessClient.Configuration
    let limiter: ConcurrencyLimiter
    let observation: ExchangeObservation

    init(configuration: ServerlessClient.Configuration) {
        var clientConfiguration = HTTPClient.Configuration()
        // Idle connections are dropped well before servers and load balancers usually close them,
        // so a POST is rarely sent on a connection the server is closing (which would make its
        // outcome unknown).
        clientConfiguration.connectionPool = .init(
            idleTimeout: .seconds(20),
            concurrentHTTP1ConnectionsPerHostSoftLimit: max(8, configuration.maxConcurrentRequests))
        // Connection failures come back at once; the retry policy decides what to do with them.
        clientConfiguration.connectionPool.retryConnectionEstablishment = false
        clientConfiguration.timeout.connect = .seconds(10)
        // The idle deadline: AsyncHTTPClient restarts this timer on every byte read, body included.
        clientConfiguration.timeout.read = TimeAmount(configuration.idleTimeout)
        clientConfiguration.redirectConfiguration = .disallow
        httpClient = HTTPClient(eventLoopGroupProvider: .singleton, configuration: clientConfiguration)
        self.configuration = configuration
        limiter = ConcurrencyLimiter(limit: configuration.maxConcurrentRequests)
        observation = ExchangeObservation(
            observer: configuration.observer, logger: configuration.logger,
            credentials: configuration.credentials)
    }

    func shutdown() async throws {
        try await httpClient.shutdown()
    }

    /// Sends `request`, retrying as the policy allows, and returns the successful response.
    func send(_ request: APIRequest) async throws -> APIResponse {
        if configuration.isReadOnly, request.method != .GET {
            throw ServerlessError.refusedInReadOnlyMode(named(request, attempts: 0))
        }
        if let problem = configuration.endpoints.destinationProblem(request.url) {
            throw ServerlessError.refusedURL(url: shown(request.url), field: "request URL", reason: shown(problem))
        }
        let policy = configuration.retryPolicy
        let clock = ContinuousClock()
        let start = clock.now
        var attempt = 0
        var earlierMayHaveReached = false
        while true {
            attempt += 1
            try Task.checkCancellation()
            let context = named(request, attempts: attempt)
            let outcome = try await attemptOnce(request, attempt: attempt, context: context)
            let decision = RetryDecision.decide(
                method: request.method.rawValue, result: outcome.result, earlierMayHaveReached: earlierMayHaveReached)
            switch decision {
            case .succeed:
                return APIResponse(
                    status: outcome.status ?? 200, body: outcome.body, contentType: outcome.contentType,
                    headers: outcome.headers)
            case .succeedAlreadyDeleted:
                return APIResponse(status: 204, body: Data())
            case .failWithResponse:
                throw failure(outcome, context: context)
            case .failOutcomeUnknown(let reason):
                throw ServerlessError.outcomeUnknown(context, reason: reason)
            case .retry(let retryAfter, let reason):
                let delay = policy.delay(
                    retryIndex: attempt - 1, retryAfter: retryAfter, unitRandom: Double.random(in: 0...1))
                let elapsed = start.duration(to: clock.now)
                guard attempt < policy.maxAttempts, elapsed + delay <= policy.maxTotalTime else {
                    throw finalError(outcome, context: context)
                }
                observation.retryScheduled(request, attempt: attempt, delay: delay, reason: reason)
                try await Task.sleep(for: delay)
            }
            earlierMayHaveReached = earlierMayHaveReached || Self.mayHaveBeenProcessed(outcome.result)
        }
    }

    /// Sends and decodes the JSON body as `Record`.
    func send<Record: Decodable>(_ request: APIRequest, decoding: Record.Type) async throws -> Record {
        try await sendWithResponse(request, decoding: Record.self).record
    }

    /// Sends, decodes the JSON body as `Record`, and returns the response too (for its headers).
    func sendWithResponse<Record: Decodable>(_ request: APIRequest, decoding: Record.Type) async throws
        -> (record: Record, response: APIResponse)
    {
        let response = try await send(request)
        do {
            return (try JSONDecoder().decode(Record.self, from: response.body), response)
        } catch {
            throw unreadable(response, error: error, request: request)
        }
    }

    func makeHTTPRequest(_ request: APIRequest) -> HTTPClientRequest {
        var httpRequest = HTTPClientRequest(url: request.url)
        httpRequest.method = request.method
        httpRequest.headers.add(name: "Authorization", value: configuration.credentials.authorizationHeader)
        httpRequest.headers.add(name: "User-Agent", value: configuration.userAgent)
        httpRequest.headers.add(name: "Accept", value: "application/json")
        httpRequest.headers.add(name: "Accept-Charset", value: "utf-8")
        switch request.body {
        case .form(let form):
            httpRequest.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            httpRequest.body = .bytes(ByteBuffer(string: form.encoded))
        case .multipart(let upload):
            httpRequest.headers.add(name: "Content-Type", value: upload.contentType)
            httpRequest.body = .bytes(upload.body)
        case nil:
            break
        }
        return httpRequest
    }

    /// Whether an attempt that ended this way may have been carried out by the server
    /// (429 and 503 say it was not; a connection that never opened carried nothing).
    private static func mayHaveBeenProcessed(_ result: AttemptResult) -> Bool {
        switch result {
        case .response(let status, _): return status != 429 && status != 503
        case .failure(let failure): return failure.mayHaveReachedServer
        }
    }
}
