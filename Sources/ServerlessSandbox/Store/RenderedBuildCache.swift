import GRDB
import Synchronization

/// The rendered JSON of settled builds (`RenderedBuild`), so a page or fetch of builds that no longer
/// change copies bytes instead of reading their versions and writing them again. A build whose
/// status is `completed` or `failed` never changes again, nor do its versions; what can change how
/// it is written is only a version it embeds being deleted, which raises the embedded-versions
/// generation (`EmbeddedVersionsGeneration`): an entry is used only under the generation it was
/// rendered under. Existence is not the cache's business: a page lists only builds its query found,
/// and a fetch looks its build up first, so a deleted build is never served; deleting a build or a
/// service here also drops its entries, to give their memory back sooner.
///
/// Bounded by `capacity` bytes (`RenderedBuild.cost`), by two generations of entries: new entries go
/// into the recent half; when it holds half the capacity, it becomes the older half and the previous
/// older half is dropped; an entry found in the older half moves back into the recent one. So the
/// entries used since the last turn stay, and the cache never holds more than `capacity`.
final class RenderedBuildCache: Sendable {
    /// 8 MB: about 5,700 builds of three versions each (1.4 KB), several pages of 1,000.
    static let defaultCapacity = 8 << 20

    let capacity: Int

    private struct State {
        /// The embedded-versions generation the entries were rendered under.
        var generation: Int64 = .min
        var recent: [Int64: RenderedBuild] = [:]
        var older: [Int64: RenderedBuild] = [:]
        var recentCost = 0
    }

    private let state = Mutex(State())

    init(capacity: Int = RenderedBuildCache.defaultCapacity) {
        self.capacity = capacity
    }

    /// The rendered build with this `seq` and SID, when it was rendered under `generation`.
    func entry(seq: Int64, sid: UnsafeBufferPointer<UInt8>, generation: Int64) -> RenderedBuild? {
        state.withLock { state in
            guard state.generation == generation else { return nil }
            if let found = state.recent[seq] {
                return sid.equalsUTF8(of: found.sid) ? found : nil
            }
            guard let found = state.older.removeValue(forKey: seq), sid.equalsUTF8(of: found.sid) else { return nil }
            Self.insert(found, into: &state, capacity: capacity)
            return found
        }
    }

    /// Keeps a settled build rendered under `generation`; a newer generation drops every entry first,
    /// an older one (a read that began before a version was deleted) keeps nothing.
    func keep(_ build: RenderedBuild, generation: Int64) {
        guard build.cost <= capacity / 2 else { return }
        state.withLock { state in
            if generation > state.generation {
                state = State(generation: generation)
            }
            guard generation == state.generation else { return }
            Self.insert(build, into: &state, capacity: capacity)
        }
    }

    /// Drops the entry of a deleted build.
    func remove(seq: Int64) {
        state.withLock { state in
            if let removed = state.recent.removeValue(forKey: seq) { state.recentCost -= removed.cost }
            state.older.removeValue(forKey: seq)
        }
    }

    /// Drops the entries of a deleted service's builds.
    func remove(serviceSid: String) {
        state.withLock { state in
            state.recent = state.recent.filter { $0.value.serviceSid != serviceSid }
            state.recentCost = state.recent.values.reduce(0) { $0 + $1.cost }
            state.older = state.older.filter { $0.value.serviceSid != serviceSid }
        }
    }

    /// How many entries are kept (for tests).
    var count: Int { state.withLock { $0.recent.count + $0.older.count } }

    private static func insert(_ build: RenderedBuild, into state: inout State, capacity: Int) {
        if let replaced = state.recent.updateValue(build, forKey: build.seq) { state.recentCost -= replaced.cost }
        state.recentCost += build.cost
        if state.recentCost > capacity / 2 {
            state.older = state.recent
            state.recent = [:]
            state.recentCost = 0
        }
    }
}

extension RenderedBuildCache {
    /// The cache as one read transaction sees it: the entries of the generation that read saw.
    struct Scope: Sendable {
        let cache: RenderedBuildCache
        let generation: Int64

        func entry(seq: Int64, sid: UnsafeBufferPointer<UInt8>) -> RenderedBuild? {
            cache.entry(seq: seq, sid: sid, generation: generation)
        }

        func keep(_ build: RenderedBuild) { cache.keep(build, generation: generation) }
    }

    /// The scope of the read transaction `db`.
    func scope(in db: Database) throws -> Scope {
        Scope(cache: self, generation: try EmbeddedVersionsGeneration.current(in: db))
    }
}
