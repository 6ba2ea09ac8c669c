import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// How one attempt ended, with what the retry rules and the error messages need.
struct AttemptOutcome: Sendable {
    var result: AttemptResult
    var status: Int?
    var reason: String = ""
    var body = Data()
    var contentType: String?
    var headers: [(name: String, value: String)] = []
}

extension HTTPTransport {
    /// One exchange under the limiter and both deadlines. Returns what happened for the retry rules,
    /// or throws the final ``ServerlessError`` for outcomes that are never retried (a deadline, an
    /// oversized answer, a redirect) and `CancellationError` when the task was cancelled.
    func attemptOnce(_ request: APIRequest, attempt: Int, context: ServerlessError.Request) async throws
        -> AttemptOutcome
    {
        let httpRequest = makeHTTPRequest(request)
        let observation = observation
        let whole = configuration.requestTimeout
        do {
            return try await limiter.withPermit {
                observation.request(request, headers: httpRequest.headers, attempt: attempt)
                return try await Self.withDeadline(whole) {
                    try await self.exchange(httpRequest, request, attempt: attempt, context: context)
                }
            }
        } catch let error as ServerlessError {
            observation.failure(request, reason: error.description, attempt: attempt)
            throw error
        } catch {
            if error is CancellationError || Task.isCancelled { throw CancellationError() }
            if let deadline = Self.deadline(of: error, whole: whole, idle: configuration.idleTimeout) {
                observation.failure(request, reason: "deadline reached", attempt: attempt)
                if request.method == .POST {
                    throw ServerlessError.outcomeUnknown(context, reason: Self.explain(deadline))
                }
                throw ServerlessError.deadlineExceeded(context, deadline)
            }
            let transportFailure = TransportFailure.classify(error)
            observation.failure(request, reason: transportFailure.reason, attempt: attempt)
            return AttemptOutcome(result: .failure(transportFailure))
        }
    }

    /// Sends the request and reads the whole answer, refusing redirects and oversized bodies.
    private func exchange(
        _ httpRequest: HTTPClientRequest, _ request: APIRequest, attempt: Int, context: ServerlessError.Request
    ) async throws -> AttemptOutcome {
        let clock = ContinuousClock()
        let sent = clock.now
        let limit = configuration.maximumResponseBytes
        let response = try await httpClient.execute(httpRequest, timeout: TimeAmount(configuration.requestTimeout))
        let status = Int(response.status.code)
        if (300..<400).contains(status) {
            let location = response.headers.first(name: "Location").map(shown)
            throw ServerlessError.redirected(context, status: status, location: location)
        }
        if let declared = response.headers.first(name: "Content-Length").flatMap(Int.init), declared > limit {
            throw ServerlessError.responseTooLarge(context, limit: limit)
        }
        let buffer: ByteBuffer
        do {
            buffer = try await response.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw ServerlessError.responseTooLarge(context, limit: limit)
        }
        let body = Data(buffer.readableBytesView)
        observation.response(
            request, status: status, headers: response.headers, body: body, attempt: attempt,
            elapsed: sent.duration(to: clock.now))
        return AttemptOutcome(
            result: .response(status: status, retryAfter: Self.retryAfter(response.headers)),
            status: status, reason: response.status.reasonPhrase, body: body,
            contentType: response.headers.first(name: "Content-Type"),
            headers: response.headers.map { ($0.name, $0.value) })
    }

    /// Server text made safe to show: control characters escaped, the secret redacted.
    func shown(_ text: String) -> String {
        ServerText.shown(text, redacting: configuration.credentials)
    }

    /// Runs `body`, failing with ``WholeDeadlineReached`` when it takes longer than `limit`; the body
    /// is cancelled then (AsyncHTTPClient cancels the request, also while its body is read).
    static func withDeadline<Result: Sendable>(
        _ limit: Duration, _ body: @escaping @Sendable () async throws -> Result
    ) async throws -> Result {
        try await withThrowingTaskGroup(of: Result?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let result = first else {
                throw WholeDeadlineReached()
            }
            return result
        }
    }

    /// Which deadline `error` says was reached, if any.
    private static func deadline(of error: any Error, whole: Duration, idle: Duration) -> ServerlessError.Deadline? {
        if error is WholeDeadlineReached { return .whole(whole) }
        guard let error = error as? HTTPClientError else { return nil }
        switch error {
        case .readTimeout: return .idle(idle)
        case .deadlineExceeded: return .whole(whole)
        default: return nil
        }
    }

    private static func explain(_ deadline: ServerlessError.Deadline) -> String {
        switch deadline {
        case .idle(let limit): "the server sent no data for \(ServerlessError.seconds(limit))"
        case .whole(let limit): "no complete answer came within \(ServerlessError.seconds(limit))"
        }
    }

    /// `Retry-After` in seconds (HTTP dates are ignored; the backoff applies instead).
    static func retryAfter(_ headers: HTTPHeaders) -> Duration? {
        guard let text = headers.first(name: "Retry-After"), let seconds = Double(text), seconds >= 0 else {
            return nil
        }
        return .milliseconds(Int64(min(seconds, 3600) * 1000))
    }
}

/// The whole-exchange deadline of an attempt was reached.
struct WholeDeadlineReached: Error {}

extension TimeAmount {
    /// The same span as `duration`, to the nanosecond.
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
