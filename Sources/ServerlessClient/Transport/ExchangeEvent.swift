/// One step of an HTTP exchange, as shown to an ``ExchangeObserver`` and the logger.
/// Credentials are already redacted: the `Authorization` header reads `Basic [redacted]`.
public struct ExchangeEvent: Sendable, CustomStringConvertible {
    /// What happened.
    public enum Phase: Sendable, Equatable {
        /// A request is about to be sent.
        case request
        /// A response arrived.
        case response(status: Int)
        /// The attempt failed without a response.
        case failure(reason: String)
        /// The request will be retried after a wait.
        case retryScheduled(after: Duration, reason: String)
    }

    /// What happened.
    public var phase: Phase
    /// `GET`, `POST` or `DELETE`.
    public var method: String
    /// The absolute URL.
    public var url: String
    /// The attempt number, from 1.
    public var attempt: Int
    /// Header names and values (request headers for `.request`, response headers for `.response`).
    public var headers: [(name: String, value: String)]
    /// The body as text (a form body, a response body cut at 4 KB, or a multipart summary).
    public var body: String?
    /// Time since the attempt was sent (responses and failures).
    public var elapsed: Duration?

    /// A compact, multi-line rendering for `--verbose` output.
    public var description: String {
        var lines: [String]
        switch phase {
        case .request:
            lines = ["> \(method) \(url) (attempt \(attempt))"]
        case .response(let status):
            lines = ["< \(status) \(method) \(url)\(elapsedText)"]
        case .failure(let reason):
            lines = ["! \(method) \(url) failed\(elapsedText): \(reason)"]
        case .retryScheduled(let delay, let reason):
            lines = ["~ retrying \(method) \(url) in \(delay.formatted(.units(allowed: [.seconds, .milliseconds]))) (\(reason))"]
        }
        lines += headers.map { "  \($0.name): \($0.value)" }
        if let body, !body.isEmpty { lines.append("  " + body) }
        return lines.joined(separator: "\n")
    }

    private var elapsedText: String {
        guard let elapsed else { return "" }
        return " in \(elapsed.formatted(.units(allowed: [.seconds, .milliseconds], width: .narrow)))"
    }
}
