import BuildScript
import Foundation
import Testing

@testable import ServerlessVerbs

/// Rendering of plain data in every output format, as a user reads it.
struct OutputFormatTests {
    static let buildFields: Value = [
        "sid": "ZB00000000000000000000000000000001",
        "account_sid": "AC00000000000000000000000000000001",
        "service_sid": "ZS00000000000000000000000000000001",
        "runtime": "node22",
        "status": "completed",
        "dependencies": [["name": "twilio", "version": "5.3.0"]],
        "date_created": .time(Date(timeIntervalSince1970: 1_795_914_000)),
        "url": "https://serverless.twilio.com/v1/Services/ZS…/Builds/ZB…",
        "links": ["build_status": "https://…/Status"],
    ]

    static func build(_ number: Int, status: String) -> Value {
        guard case .record(var fields) = buildFields else { return .null }
        fields["sid"] = .string("ZB" + String(repeating: "0", count: 31) + String(number))
        fields["status"] = .string(status)
        return .record(fields)
    }

    @Test func recordsHoldingListsOfRecordsPrintAsBlocksWithIndentedSubTables() {
        let functions: Value = .list([["path": "/hello", "url": "https://d.twil.io/hello"], ["path": "/x\u{1b}[2J", "url": .null]])
        let text = OutputFormat.table.render(.list([
            ["environment": "production", "functions": functions, "variables": .list(["A"])],
            ["environment": "dev", "functions": .list([]), "variables": .list([])],
        ]))
        #expect(
            text == """
                environment  production
                functions
                  PATH     URL
                  /hello   https://d.twil.io/hello
                  /x\\e[2J
                variables    ["A"]

                environment  dev
                functions    []
                variables    []
                """)
        // Without a nested list of records, a list of records stays one table.
        #expect(OutputFormat.table.render(.list([["a": 1, "b": .list([1, 2])]])) == "A  B\n1  [1,2]")
    }

    @Test func aRecordInsideARecordIsAnIndentedKeyValueBlockNotJSON() {
        let links: Value = ["name": "x", "links": ["a": "http://a", "build_status": "https://b"]]
        #expect(
            OutputFormat.table.render(links) == """
                name   x
                links
                  a             http://a
                  build_status  https://b
                """)
        // Deeper records indent again; an empty one stays `{}` on its key's line.
        #expect(OutputFormat.table.render(["a": ["b": ["c": 1]], "e": .record([:])]) == "a\n  b\n    c  1\ne  {}")
        // Fitted to the terminal: a nested value is cut with `…` to the width left after the indent;
        // its keys are escaped as every key is.
        let long: Value = ["links": ["a\u{1B}[2J": .string("https://" + String(repeating: "x", count: 80))]]
        let fitted = OutputFormat.table.render(long, width: 40)
        #expect(fitted == "links\n  a\\e[2J  https://" + String(repeating: "x", count: 21) + "…")
        #expect(fitted.split(separator: "\n").allSatisfy { $0.count <= 40 })
        // Piped (no width): nothing is cut.
        #expect(OutputFormat.table.render(long).contains(String(repeating: "x", count: 80)))
    }

    @Test func aResourceIsAnAlignedKeyValueBlockWithoutUrlAndLinks() {
        let text = OutputFormat.table.render(Self.buildFields)
        #expect(
            text == """
                sid           ZB00000000000000000000000000000001
                account_sid   AC00000000000000000000000000000001
                service_sid   ZS00000000000000000000000000000001
                runtime       node22
                status        completed
                dependencies
                  NAME    VERSION
                  twilio  5.3.0
                date_created  2026-11-29T01:00:00Z
                """)
    }

    @Test func aListOfBuildsShowsTheSpecsDefaultColumns() {
        let text = OutputFormat.table.render(.list([Self.build(1, status: "completed"), Self.build(2, status: "failed")]))
        #expect(
            text == """
                SID                                 STATUS     DATE CREATED
                ZB00000000000000000000000000000001  completed  2026-11-29T01:00:00Z
                ZB00000000000000000000000000000002  failed     2026-11-29T01:00:00Z
                """)
    }

    @Test func selectedRecordsShowTheirOwnFields() {
        let rows: Value = [["sid": "ZB1", "runtime": "node22"], ["sid": "ZB2", "runtime": .null, "extra": 3]]
        #expect(
            OutputFormat.table.render(rows) == """
                SID  RUNTIME  EXTRA
                ZB1  node22
                ZB2           3
                """)
        #expect(OutputFormat.tsv.render(rows) == "sid\truntime\textra\nZB1\tnode22\t\nZB2\t\t3")
    }

    @Test(arguments: [
        ("ZS00000000000000000000000000000001", ["sid", "unique_name", "friendly_name"]),
        ("ZE00000000000000000000000000000001", ["sid", "unique_name", "domain_name", "build_sid"]),
        ("ZV00000000000000000000000000000001", ["sid", "key", "date_created"]),
        ("NO00000000000000000000000000000001", ["sid", "level", "message", "date_created"]),
    ])
    func everyResourceTableHasItsDefaultColumns(sid: String, columns: [String]) {
        let names = [
            "sid", "account_sid", "service_sid", "unique_name", "friendly_name", "domain_name", "build_sid", "key",
            "level", "message", "date_created", "url",
        ]
        var fields = Fields()
        for name in names { fields[name] = .string(name == "sid" ? sid : "x") }
        let header = OutputFormat.tsv.render(.list([.record(fields)])).split(separator: "\n").first.map(String.init)
        #expect(header == columns.joined(separator: "\t"))
    }

    @Test func jsonKeepsEverythingAndParses() throws {
        let text = OutputFormat.json.render(.list([Self.build(1, status: "completed")]))
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        #expect(parsed?.first?["url"] as? String == "https://serverless.twilio.com/v1/Services/ZS…/Builds/ZB…")
        #expect(parsed?.first?["date_created"] as? String == "2026-11-29T01:00:00Z")
        #expect(text.hasPrefix("[\n  {\n    \"sid\": \"ZB"))
    }

    @Test func ndjsonIsOneCompactDocumentPerLine() throws {
        let text = OutputFormat.ndjson.render(
            .list([Self.build(1, status: "completed"), Self.build(2, status: "failed")]))
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines {
            #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
        }
    }

    @Test(arguments: [
        ("quote \" backslash \\ newline \n tab \t", #""quote \" backslash \\ newline \n tab \t""#),
        ("bell \u{07} and é ✓", #""bell \u0007 and é ✓""#),
    ])
    func jsonEscapesStrings(raw: String, expected: String) {
        #expect(OutputFormat.json.render(.string(raw)) == expected)
    }

    @Test func nullPrintsNothingAndEmptyListsSaySo() {
        for format in OutputFormat.allCases { #expect(format.render(.null) == "") }
        #expect(OutputFormat.table.render(.list([])) == "(no results)")
        #expect(OutputFormat.json.render(.list([])) == "[]")
        #expect(OutputFormat.ndjson.render(.list([])) == "")
    }

    @Test func tsvEscapesTabsAndNewlines() {
        let row: Value = ["key": "a\tb", "value": "line1\nline2\\"]
        #expect(OutputFormat.tsv.render(row) == "key\tvalue\na\\tb\tline1\\nline2\\\\")
    }

    /// JSON keys are server text as much as values are (`$s.links` printed as a table or TSV).
    @Test func keysAreEscapedInBlocksTableHeadersAndTSVHeaders() {
        let links: Value = ["fn\u{1B}]0;owned\u{7}": "1", "tab\tand\nline": "2"]
        #expect(OutputFormat.table.render(links) == "fn\\e]0;owned\\u{7}  1\ntab\\tand\\nline     2")
        #expect(OutputFormat.table.render(.list([links])) == "FN\\e]0;OWNED\\u{7}  TAB\\tAND\\nLINE\n1" + String(repeating: " ", count: 18) + "2")
        #expect(OutputFormat.tsv.render(links) == "fn\\e]0;owned\\u{7}\ttab\\tand\\nline\n1\t2")
    }

    @Test func multiLineValuesContinueIndentedInBlocksAndAreEscapedInTables() {
        let content: Value = ["sid": "ZN1", "content": "a\nb"]
        #expect(OutputFormat.table.render(content) == "sid      ZN1\ncontent  a\n         b")
        #expect(OutputFormat.table.render(.list([content])) == "SID  CONTENT\nZN1  a\\nb")
    }

    @Test(arguments: [
        (Value.number(3), "3"), (.number(2.5), "2.5"), (.bool(true), "true"),
        (.duration(0.5), "500ms"), (.duration(1.5), "1s500ms"), (.duration(120), "2m"), (.duration(604_800), "7d"),
        (.time(Date(timeIntervalSince1970: 0)), "1970-01-01T00:00:00Z"),
    ])
    func scalarsReadNaturally(value: Value, text: String) {
        #expect(OutputFormat.table.render(value) == text)
    }

    @Test func longCellsAreCutInTablesOnly() {
        let long = String(repeating: "x", count: 100)
        let rows: Value = [["message": .string(long)]]
        #expect(OutputFormat.table.render(rows).split(separator: "\n").last?.count == TableText.maximumCellWidth)
        #expect(OutputFormat.tsv.render(rows).hasSuffix(long))
    }
}
