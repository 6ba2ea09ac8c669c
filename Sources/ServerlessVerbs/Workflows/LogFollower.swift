import Foundation
import ServerlessClient

/// What `tail logs` remembers between polls: where the next poll starts, and the SIDs already
/// shown, so a line is printed once however many pages and polls return it.
///
/// Each poll asks for the lines from ``windowStart`` on. The API's dates have whole seconds and
/// its `StartDate` filter includes that second, so the window starts a little before the newest
/// line shown (``overlap``) and lines seen again are dropped by SID. SIDs older than the window
/// can never come back and are forgotten, so memory stays bounded however long the tail runs.
struct LogFollower: Sendable {
    /// How far before the newest line shown the next poll starts, to catch lines that arrive late
    /// with an earlier date.
    static let overlap: TimeInterval = 5

    /// The start date of the next poll.
    private(set) var windowStart: Date
    private var seen: [String: Date] = [:]

    /// Follows lines dated `start` or later.
    init(start: Date) {
        windowStart = Self.wholeSecond(start)
    }

    /// The lines of one poll (all its pages, in the API's order) not shown before, ordered by
    /// date (lines of the same second keep the API's order); moves the window on. Lines dated
    /// before the window are dropped too: their SIDs may have been forgotten, and the poll did not
    /// ask for them.
    mutating func accept(_ batch: [Log]) -> [Log] {
        var fresh: [(log: Log, date: Date, index: Int)] = []
        for (index, log) in batch.enumerated() where seen[log.sid] == nil {
            let date = log.dateCreated?.date ?? windowStart
            guard date >= windowStart else { continue }
            seen[log.sid] = date
            fresh.append((log, date, index))
        }
        fresh.sort { $0.date != $1.date ? $0.date < $1.date : $0.index < $1.index }
        if let newest = seen.values.max() {
            windowStart = max(windowStart, Self.wholeSecond(newest.addingTimeInterval(-Self.overlap)))
        }
        seen = seen.filter { $0.value >= windowStart }
        return fresh.map(\.log)
    }

    /// The number of SIDs remembered (for tests of the bound).
    var rememberedCount: Int { seen.count }

    private static func wholeSecond(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}
