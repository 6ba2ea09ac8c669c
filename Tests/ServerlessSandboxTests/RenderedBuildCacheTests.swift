@testable import ServerlessSandbox
import Testing

/// The cache's own rules: an entry answers only for its `seq`, SID and generation; a newer generation
/// empties it; it never holds more than its capacity.
@Suite("Rendered build cache")
struct RenderedBuildCacheTests {
    static func build(_ seq: Int64, size: Int = 100, service: String = "ZS1") -> RenderedBuild {
        RenderedBuild(seq: seq, sid: "ZB\(seq)", serviceSid: service, bytes: Array(repeating: UInt8(ascii: "x"), count: size), originOffsets: [])
    }

    static func entry(_ cache: RenderedBuildCache, _ seq: Int64, sid: String? = nil, generation: Int64 = 0) -> RenderedBuild? {
        var sid = sid ?? "ZB\(seq)"
        return sid.withUTF8 { cache.entry(seq: seq, sid: $0, generation: generation) }
    }

    @Test func anEntryAnswersForItsSeqSidAndGeneration() {
        let cache = RenderedBuildCache()
        cache.keep(Self.build(1), generation: 0)
        #expect(Self.entry(cache, 1)?.bytes.count == 100)
        #expect(Self.entry(cache, 1, sid: "ZB2") == nil)
        #expect(Self.entry(cache, 2) == nil)
        #expect(Self.entry(cache, 1, generation: 1) == nil)
        // A read that began before a version was deleted keeps nothing once a newer one kept something.
        cache.keep(Self.build(2), generation: 1)
        #expect(Self.entry(cache, 1, generation: 1) == nil)
        cache.keep(Self.build(3), generation: 0)
        #expect(Self.entry(cache, 3, generation: 0) == nil)
        #expect(cache.count == 1)
    }

    @Test func itHoldsNoMoreThanItsCapacity() {
        let cache = RenderedBuildCache(capacity: 10_000)
        for seq in Int64(0)..<1000 { cache.keep(Self.build(seq), generation: 0) }
        let cost = Self.build(0).cost
        #expect(cache.count * cost <= 10_000 + cost)
        // The most recent entries stay; one too large for half the capacity is not kept.
        #expect(Self.entry(cache, 999) != nil)
        cache.keep(Self.build(5000, size: 6000), generation: 0)
        #expect(Self.entry(cache, 5000) == nil)
    }

    @Test func aUsedEntryOutlivesATurn() {
        let cache = RenderedBuildCache(capacity: 10_000)
        let perHalf = 5_000 / Self.build(0).cost
        for seq in Int64(0)..<Int64(perHalf) { cache.keep(Self.build(seq), generation: 0) }
        // Now in the older half; used, it moves back to the recent one and survives the next turn.
        for seq in Int64(100)..<Int64(100 + perHalf / 2) { cache.keep(Self.build(seq), generation: 0) }
        #expect(Self.entry(cache, 0) != nil)
        for seq in Int64(200)..<Int64(200 + perHalf) { cache.keep(Self.build(seq), generation: 0) }
        #expect(Self.entry(cache, 0) != nil)
    }

    @Test func removingDropsABuildOrAService() {
        let cache = RenderedBuildCache()
        cache.keep(Self.build(1), generation: 0)
        cache.keep(Self.build(2, service: "ZS2"), generation: 0)
        cache.keep(Self.build(3, service: "ZS2"), generation: 0)
        cache.remove(seq: 1)
        #expect(Self.entry(cache, 1) == nil && cache.count == 2)
        cache.remove(serviceSid: "ZS2")
        #expect(cache.count == 0)
    }
}
