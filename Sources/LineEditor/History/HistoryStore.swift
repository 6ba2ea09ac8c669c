/// The remembered input lines of a session: newest last, without duplicates, never over capacity.
///
/// Recording a line that is already present moves it to the end instead of keeping two copies, so
/// the arrow keys walk through distinct lines. Lines for which `isSecret` answers true (a line that
/// sets a token or secret) are refused and never reach memory or disk.
public struct HistoryStore: Sendable {
    /// The entries, oldest first.
    public private(set) var entries: [String]
    /// The most entries kept; the oldest are dropped beyond it.
    public let capacity: Int
    /// Decides whether a line carries a secret and must not be remembered.
    public let isSecret: @Sendable (String) -> Bool

    /// Creates a store holding `entries` (deduplicated and trimmed to `capacity`).
    public init(
        entries: [String] = [],
        capacity: Int = 1000,
        isSecret: @escaping @Sendable (String) -> Bool = SecretLineFilter.isSecret
    ) {
        self.entries = []
        self.capacity = max(1, capacity)
        self.isSecret = isSecret
        for entry in entries {
            record(entry)
        }
    }

    /// Records `line` as the newest entry. Returns false when it was refused: blank, or secret.
    @discardableResult
    public mutating func record(_ line: String) -> Bool {
        let entry = Self.normalized(line)
        guard !entry.allSatisfy(\.isWhitespace), !isSecret(entry) else { return false }
        entries.removeAll { $0 == entry }
        entries.append(entry)
        if entries.count > capacity {
            entries.removeFirst(entries.count - capacity)
        }
        return true
    }

    /// The line as stored: without the trailing newline the editor leaves on it.
    static func normalized(_ line: String) -> String {
        var entry = Substring(line)
        while let last = entry.last, last == "\n" || last == "\r\n" || last == "\r" {
            entry.removeLast()
        }
        return String(entry)
    }
}
