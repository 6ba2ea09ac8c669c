import BuildScript
import Testing

@testable import ServerlessVerbs

/// The identifiers offered to Tab completion.
struct SeenIdentifiersTests {
    @Test func newestFirstFilteredByPrefixAndNoun() {
        let seen = SeenIdentifiers()
        seen.remember(resource: ["sid": "ZS00000000000000000000000000000001", "unique_name": "demo", "url": "u", "account_sid": "AC"])
        seen.remember(resource: [["sid": "ZB00000000000000000000000000000001", "status": "completed", "date_created": "t"]])
        seen.remember("ZB00000000000000000000000000000002", kind: .build)
        #expect(seen.completions(prefix: "ZB") == ["ZB00000000000000000000000000000002", "ZB00000000000000000000000000000001"])
        #expect(seen.completions(prefix: "d") == ["demo"])
        #expect(seen.completions(prefix: "", noun: "service") == ["demo", "ZS00000000000000000000000000000001"])
    }

    @Test func staysBoundedAndKeepsTheNewest() {
        let seen = SeenIdentifiers(capacity: 10)
        for index in 0..<1_000 { seen.remember("ZB\(index)", kind: .build) }
        #expect(seen.all.count <= 20)
        #expect(seen.all.first?.text == "ZB999")
        #expect(seen.completions(prefix: "ZB99").prefix(2) == ["ZB999", "ZB998"])
    }
}
