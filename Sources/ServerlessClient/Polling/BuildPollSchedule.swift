/// When build waiting polls: once at once, then after growing intervals.
///
/// With ``standard``: the first poll is immediate, then the waits are 0.5 s, 0.75 s, 1.125 s,
/// 1.69 s, 2.53 s, 3.8 s, and 4 s from then on — polls at about 0, 0.5, 1.25, 2.4, 4.1, 6.6,
/// 10.4, 14.4, 18.4 … seconds: 12 polls for a 30-second build, 20 for a minute (a fixed 1 s poll
/// would make 30 and 60).
public struct BuildPollSchedule: Sendable, Hashable {
    /// The wait after the first poll.
    public var initialInterval: Duration
    /// Each wait is the previous one times this factor (≥ 1).
    public var multiplier: Double
    /// The longest wait.
    public var maxInterval: Duration

    /// Makes a schedule.
    public init(initialInterval: Duration, multiplier: Double, maxInterval: Duration) {
        self.initialInterval = initialInterval
        self.multiplier = max(1, multiplier)
        self.maxInterval = maxInterval
    }

    /// 0.5 s growing by 1.5× up to 4 s.
    public static let standard = BuildPollSchedule(
        initialInterval: .milliseconds(500), multiplier: 1.5, maxInterval: .seconds(4))

    /// The wait after poll number `poll` (0 for the first poll).
    public func interval(afterPoll poll: Int) -> Duration {
        var interval = initialInterval
        for _ in 0..<min(max(poll, 0), 64) {
            interval = interval * multiplier
            if interval >= maxInterval { return maxInterval }
        }
        return min(interval, maxInterval)
    }
}

/// How far a wait for builds has come, for a spinner or progress bar.
public struct BuildWaitProgress: Sendable, Hashable {
    /// How many builds are awaited.
    public var total: Int
    /// How many are still `building` (or in an unknown state).
    public var pending: Int
    /// How many finished `completed`.
    public var completed: Int
    /// How many finished `failed`.
    public var failed: Int
    /// Polls made so far (ticks).
    public var polls: Int
    /// Requests made so far.
    public var requests: Int
    /// Time since the wait began.
    public var elapsed: Duration

    /// Makes a progress value.
    public init(total: Int, pending: Int, completed: Int, failed: Int, polls: Int, requests: Int, elapsed: Duration) {
        self.total = total
        self.pending = pending
        self.completed = completed
        self.failed = failed
        self.polls = polls
        self.requests = requests
        self.elapsed = elapsed
    }
}

/// Receives progress after every poll.
public typealias BuildWaitProgressHandler = @Sendable (BuildWaitProgress) -> Void
