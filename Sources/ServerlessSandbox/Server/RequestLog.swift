import Synchronization

/// The API requests a server received, for tests that assert how many calls were made and for
/// `GET /sandbox/stats`. Bounded: the last `capacity` authenticated requests are kept in a ring (paths
/// cut to `maximumPathBytes`); per-account totals count every request since start; requests that
/// failed authentication are only counted.
final class RequestLog: Sendable {
    /// How many requests the ring keeps.
    static let capacity = 4096
    /// The longest path kept, in UTF-8 bytes; longer paths are cut (at a character boundary).
    static let maximumPathBytes = 512

    /// One received, authenticated request.
    struct Entry: Sendable, Hashable {
        var account: String
        var method: String
        var path: String
    }

    private struct State {
        var ring: [Entry] = []
        var next = 0
        var totals: [String: Int] = [:]
        var unauthenticated = 0

        /// The kept entries, oldest first.
        var ordered: ArraySlice<Entry> {
            ring.count < RequestLog.capacity ? ring[...] : ArraySlice(ring[next...] + ring[..<next])
        }
    }

    private let state = Mutex(State())

    func record(account: String, method: String, path: String) {
        let entry = Entry(account: account, method: method, path: Self.shortened(path))
        state.withLock { state in
            state.totals[account, default: 0] += 1
            if state.ring.count < Self.capacity {
                state.ring.append(entry)
            } else {
                state.ring[state.next] = entry
                state.next = (state.next + 1) % Self.capacity
            }
        }
    }

    /// Counts a request whose credentials were missing or wrong; nothing else of it is kept.
    func recordUnauthenticated() {
        state.withLock { $0.unauthenticated += 1 }
    }

    /// Kept requests of this account (any when nil) with this method and a path containing this text.
    func count(account: String?, method: String?, pathContains: String?) -> Int {
        state.withLock { state in
            state.ring.lazy.filter { entry in
                (account.map { $0 == entry.account } ?? true)
                    && (method.map { $0.uppercased() == entry.method } ?? true)
                    && (pathContains.map { entry.path.contains($0) } ?? true)
            }.count
        }
    }

    /// Every request of this account since start, including those that left the ring.
    func total(account: String) -> Int {
        state.withLock { $0.totals[account] ?? 0 }
    }

    /// Requests that failed authentication since start.
    var unauthenticatedCount: Int {
        state.withLock { $0.unauthenticated }
    }

    /// This account's kept requests grouped by method and path, in first-seen order.
    func summary(account: String) -> [(method: String, path: String, count: Int)] {
        let kept = state.withLock { $0.ordered.filter { $0.account == account } }
        var order: [Entry] = []
        var counts: [Entry: Int] = [:]
        for entry in kept {
            if counts[entry] == nil { order.append(entry) }
            counts[entry, default: 0] += 1
        }
        return order.map { ($0.method, $0.path, counts[$0] ?? 0) }
    }

    static func shortened(_ path: String) -> String {
        guard path.utf8.count > maximumPathBytes else { return path }
        var kept = String.UnicodeScalarView()
        var bytes = 0
        for scalar in path.unicodeScalars {
            bytes += UTF8.width(scalar)
            if bytes > maximumPathBytes { break }
            kept.append(scalar)
        }
        return String(kept)
    }
}
