import Foundation
import ServerlessClient

/// The new log lines of one environment as they arrive: one poll per interval with a start date
/// (all pages of it), each line once (``LogFollower``), in time order, until the duration given
/// ends (after a last poll at its end) or the task is cancelled (Ctrl-C).
struct LogTail: AsyncSequence, Sendable {
    typealias Element = Log

    /// Reads the lines dated from a start date on (every page).
    typealias Poll = @Sendable (_ start: Date) async throws -> [Log]

    let start: Date
    let interval: Duration
    let duration: Duration?
    let poll: Poll

    func makeAsyncIterator() -> Iterator {
        Iterator(tail: self, follower: LogFollower(start: start))
    }

    /// Polls on demand: a new poll only when the lines of the last one are used up.
    struct Iterator: AsyncIteratorProtocol {
        let tail: LogTail
        var follower: LogFollower
        var pending: [Log] = []
        var deadline: ContinuousClock.Instant?
        var polled = false

        init(tail: LogTail, follower: LogFollower) {
            self.tail = tail
            self.follower = follower
        }

        mutating func next() async throws -> Log? {
            while pending.isEmpty {
                if polled {
                    let now = ContinuousClock.now
                    if let deadline, now >= deadline { return nil }
                    let wait = deadline.map { Swift.min(tail.interval, $0 - now) } ?? tail.interval
                    try await Task.sleep(for: wait)
                } else {
                    deadline = tail.duration.map { ContinuousClock.now + $0 }
                    polled = true
                }
                pending = follower.accept(try await tail.poll(follower.windowStart))
            }
            return pending.removeFirst()
        }
    }
}
