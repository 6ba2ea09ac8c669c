import BuildScript
import ServerlessClient
import Synchronization

/// The SIDs and unique names that appeared in results during a session, newest first, for the
/// REPL's Tab completion. Bounded, so a long session with huge listings does not grow without end.
public final class SeenIdentifiers: Sendable {
    /// One remembered identifier.
    public struct Entry: Sendable, Hashable {
        /// The SID (`ZB…`) or unique name (`demo`).
        public let text: String
        /// The kind of resource it names (`build`, `service`), when known.
        public let kind: ResourceKind?
    }

    private struct Store {
        var stamps: [String: (kind: ResourceKind?, stamp: Int)] = [:]
        var clock = 0
    }

    private let capacity: Int
    private let store = Mutex(Store())

    /// Creates an empty store keeping about `capacity` identifiers (at least that many of the newest).
    public init(capacity: Int = 2_000) {
        self.capacity = max(1, capacity)
    }

    /// Every remembered identifier, newest first.
    public var all: [Entry] {
        store.withLock { store in
            store.stamps.sorted { $0.value.stamp > $1.value.stamp }.map { Entry(text: $0.key, kind: $0.value.kind) }
        }
    }

    /// The remembered identifiers starting with `prefix`, newest first; with `noun` (a noun as a
    /// script spells it, `build` or `builds`), only those naming that kind (or of unknown kind).
    public func completions(prefix: String, noun: String? = nil) -> [String] {
        let kind = noun.flatMap(NounTable.noun(named:))?.kind
        return all.filter { entry in
            entry.text.hasPrefix(prefix) && (kind == nil || entry.kind == nil || entry.kind == kind)
        }.map(\.text)
    }

    /// Remembers `text` as naming a resource of `kind`, as the newest identifier.
    public func remember(_ text: String, kind: ResourceKind?) {
        guard !text.isEmpty else { return }
        store.withLock { store in
            store.clock += 1
            store.stamps[text] = (kind, store.clock)
            if store.stamps.count > 2 * capacity {
                let cutoff = store.clock - capacity
                store.stamps = store.stamps.filter { $0.value.stamp > cutoff }
            }
        }
    }

    /// Remembers the `sid` and `unique_name` of a resource record, or of every record in a list.
    public func remember(resource value: Value) {
        switch value {
        case .record:
            guard case .string(let sid) = value["sid"] else { return }
            let kind = NounTable.noun(forSID: sid, fields: Set(value.recordValue?.keys ?? []))?.kind
            remember(sid, kind: kind)
            if case .string(let name) = value["unique_name"] { remember(name, kind: kind) }
        case .list(let items):
            for item in items { remember(resource: item) }
        default:
            break
        }
    }
}
