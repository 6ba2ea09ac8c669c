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
}

/// Sends requests through one shared `HTTPClient` and one concurrency limiter, retrying as
/// ``RetryPolicy`` says, and turns failures into ``ServerlessError``.
final class HTTPTransport: Sendable {
    let httpClient: HTTPClient
    let configuration: ServerlessClient.Configuration
    let limiter: ConcurrencyLimiter
    private let observation: ExchangeObservation

    /// Responses larger than this are refused (the largest API bodies are list pages of 1000).
    static let maximumResponseBytes = 64 * 1024 * 1024

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
        let policy = configuration.retryPolicy
        let clock = ContinuousClock()
        let start = clock.now
        var attempt = 0
        var earlierMayHaveReached = false
        while true {
            attempt += 1
            try Task.checkCancellation()
            let outcome = try await attemptOnce(request, attempt: attempt)
            let context = ServerlessError.Request(
                method: request.method.rawValue, path: request.pathForErrors, attempts: attempt)
            let decision = RetryDecision.decide(
                method: request.method.rawValue, result: outcome.result, earlierMayHaveReached: earlierMayHaveReached)
            switch decision {
            case .succeed:
                return APIResponse(status: outcome.status ?? 200, body: outcome.body)
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
        let response = try await send(request)
        do {
            return try JSONDecoder().decode(Record.self, from: response.body)
        } catch {
            throw ServerlessError.invalidResponse(
                ServerlessError.Request(method: request.method.rawValue, path: request.pathForErrors, attempts: 1),
                reason: "unreadable \(Record.self) JSON (\(Self.describe(decodingError: error)))")
        }
    }

    // MARK: - One attempt

    private struct AttemptOutcome: Sendable {
        var result: AttemptResult
        var status: Int?
        var reason: String = ""
        var body = Data()
    }

    private func attemptOnce(_ request: APIRequest, attempt: Int) async throws -> AttemptOutcome {
        let httpRequest = makeHTTPRequest(request)
        let timeout = TimeAmount.nanoseconds(
            Int64(configuration.requestTimeout.components.seconds) * 1_000_000_000
                + configuration.requestTimeout.components.attoseconds / 1_000_000_000)
        let observation = observation
        do {
            return try await limiter.withPermit {
                let clock = ContinuousClock()
                let sent = clock.now
                observation.request(request, headers: httpRequest.headers, attempt: attempt)
                let response = try await self.httpClient.execute(httpRequest, timeout: timeout)
                let buffer = try await response.body.collect(upTo: Self.maximumResponseBytes)
                let body = Data(buffer.readableBytesView)
                let status = Int(response.status.code)
                observation.response(
                    request, status: status, headers: response.headers, body: body, attempt: attempt,
                    elapsed: sent.duration(to: clock.now))
                return AttemptOutcome(
                    result: .response(status: status, retryAfter: Self.retryAfter(response.headers)),
                    status: status, reason: response.status.reasonPhrase, body: body)
            }
        } catch {
            if error is CancellationError || Task.isCancelled { throw CancellationError() }
            let transportFailure = TransportFailure.classify(error)
            observation.failure(request, reason: transportFailure.reason, attempt: attempt)
            return AttemptOutcome(result: .failure(transportFailure))
        }
    }

    private func makeHTTPRequest(_ request: APIRequest) -> HTTPClientRequest {
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

    // MARK: - Errors

    private func failure(_ outcome: AttemptOutcome, context: ServerlessError.Request) -> ServerlessError {
        .api(APIErrorBody.failure(
            status: outcome.status ?? 0, reason: outcome.reason, body: outcome.body, request: context))
    }

    private func finalError(_ outcome: AttemptOutcome, context: ServerlessError.Request) -> ServerlessError {
        switch outcome.result {
        case .response:
            return failure(outcome, context: context)
        case .failure(let transportFailure):
            return Self.error(for: transportFailure, context: context)
        }
    }

    private static func error(for failure: TransportFailure, context: ServerlessError.Request) -> ServerlessError {
        failure.isTimeout ? .timedOut(context) : .transport(context, reason: failure.reason)
    }

    /// `Retry-After` in seconds (HTTP dates are ignored; the backoff applies instead).
    static func retryAfter(_ headers: HTTPHeaders) -> Duration? {
        guard let text = headers.first(name: "Retry-After"), let seconds = Double(text), seconds >= 0 else {
            return nil
        }
        return .milliseconds(Int64(min(seconds, 3600) * 1000))
    }

    private static func describe(decodingError error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .keyNotFound(_, let context), .valueNotFound(_, let context), .typeMismatch(_, let context),
             .dataCorrupted(let context):
            return context.debugDescription + " at " + path(context.codingPath)
        @unknown default:
            return "\(error)"
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.isEmpty ? "top level" : codingPath.map(\.stringValue).joined(separator: ".")
    }
}
