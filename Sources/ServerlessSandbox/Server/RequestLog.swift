import Synchronization

/// Counts the API requests a server has received, for tests that assert how many calls were made.
final class RequestLog: Sendable {
    /// One received request.
    struct Entry: Sendable, Equatable {
        var method: String
        var path: String
    }

    private let entries = Mutex<[Entry]>([])

    func record(method: String, path: String) {
        entries.withLock { $0.append(Entry(method: method, path: path)) }
    }

    func count(method: String?, pathContains: String?) -> Int {
        entries.withLock { all in
            all.lazy.filter { entry in
                (method.map { $0.uppercased() == entry.method } ?? true)
                    && (pathContains.map { entry.path.contains($0) } ?? true)
            }.count
        }
    }

    /// Requests grouped by method and path, in first-seen order.
    func summary() -> [(method: String, path: String, count: Int)] {
        entries.withLock { all in
            var order: [Entry] = []
            var counts: [Entry: Int] = [:]
            for entry in all {
                if counts[entry] == nil { order.append(entry) }
                counts[entry, default: 0] += 1
            }
            return order.map { ($0.method, $0.path, counts[$0] ?? 0) }
        }
    }
}

extension RequestLog.Entry: Hashable {}
