/// How the client retries a failed request.
///
/// Retried, for every method: HTTP 429 (Twilio 20429, "too many concurrent requests") and 503, and
/// connection failures before anything was sent. Retried for GET and DELETE only: other 5xx,
/// timeouts and connections lost mid-request. A POST that may have reached the server is never
/// retried (Builds have no idempotency key): it fails with
/// ``ServerlessError/outcomeUnknown(_:reason:)``.
///
/// The wait before retry `n` (0-based) is "full jitter": a random duration between zero and
/// `min(maxDelay, baseDelay · 2ⁿ)` — 0.5, 1, 2, 4, 8, 8 … seconds at most with the defaults.
/// When the response carries `Retry-After: s`, the wait is `s` plus a random jitter of up to
/// `baseDelay`. A request stops after `maxAttempts` attempts, or as soon as the next wait would end
/// later than `maxTotalTime` after the first attempt began; then the last failure is thrown.
public struct RetryPolicy: Sendable, Hashable {
    /// The most attempts for one request, the first included (1 disables retries).
    public var maxAttempts: Int
    /// The longest time from the first attempt to the end of the last wait.
    public var maxTotalTime: Duration
    /// The cap of the first backoff interval; each retry doubles it.
    public var baseDelay: Duration
    /// The largest backoff interval.
    public var maxDelay: Duration

    /// Makes a policy.
    public init(maxAttempts: Int, maxTotalTime: Duration, baseDelay: Duration, maxDelay: Duration) {
        self.maxAttempts = max(1, maxAttempts)
        self.maxTotalTime = maxTotalTime
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// 6 attempts within 60 s, backoff 0.5 s doubling up to 8 s.
    public static let standard = RetryPolicy(
        maxAttempts: 6, maxTotalTime: .seconds(60), baseDelay: .milliseconds(500), maxDelay: .seconds(8))

    /// One attempt only.
    public static let never = RetryPolicy(
        maxAttempts: 1, maxTotalTime: .zero, baseDelay: .zero, maxDelay: .zero)

    /// The upper bound of the random wait before retry `retryIndex` (0 for the first retry).
    public func backoffCeiling(retryIndex: Int) -> Duration {
        let exponent = min(max(retryIndex, 0), 30)
        let ceiling = baseDelay * (1 << exponent)
        return min(ceiling, maxDelay)
    }

    /// The wait before retry `retryIndex`, given the server's `Retry-After` (if any) and a random
    /// number in `0...1` (injectable so the schedule can be tested).
    public func delay(retryIndex: Int, retryAfter: Duration?, unitRandom: Double) -> Duration {
        let fraction = min(max(unitRandom, 0), 1)
        if let retryAfter {
            return retryAfter + baseDelay * fraction
        }
        return backoffCeiling(retryIndex: retryIndex) * fraction
    }
}
