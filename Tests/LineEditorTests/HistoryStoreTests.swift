import Testing

@testable import LineEditor

@Suite struct HistoryStoreTests {
    @Test func keepsOneCopyOfARepeatedLineAsTheNewest() {
        var store = HistoryStore(isSecret: { _ in false })
        store.record("list builds")
        store.record("fetch service demo")
        store.record("list builds")
        #expect(store.entries == ["fetch service demo", "list builds"])
    }

    @Test func dropsTheOldestBeyondCapacity() {
        var store = HistoryStore(capacity: 3, isSecret: { _ in false })
        for number in 1...5 {
            store.record("print \(number)")
        }
        #expect(store.entries == ["print 3", "print 4", "print 5"])
    }

    @Test(arguments: ["", "   ", "\n"])
    func refusesBlankLines(line: String) {
        var store = HistoryStore(isSecret: { _ in false })
        let recorded = store.record(line)
        #expect(!recorded)
        #expect(store.entries.isEmpty)
    }

    @Test func refusesSecretLines() {
        var store = HistoryStore()
        let secretRecorded = store.record("login token=0123456789abcdef")
        let plainRecorded = store.record("list builds")
        #expect(!secretRecorded)
        #expect(plainRecorded)
        #expect(store.entries == ["list builds"])
    }

    @Test func stripsTheTrailingNewlineTheEditorLeaves() {
        var store = HistoryStore(isSecret: { _ in false })
        store.record("list builds\n")
        #expect(store.entries == ["list builds"])
    }

    @Test func initialEntriesAreDeduplicatedAndBounded() {
        let store = HistoryStore(entries: ["a", "b", "a", "c", "d"], capacity: 3, isSecret: { _ in false })
        #expect(store.entries == ["a", "c", "d"])
    }
}
