import BuildScript
import Testing

@testable import ServerlessVerbs

/// Tables fit the terminal: the widest columns give way first, cells are cut with `…`, and nothing
/// changes when there is no terminal width or the table already fits.
@Suite struct TableFittingTests {
    static let rows: Value = .list([
        ["sid": "ZB00000000000000000000000000000001", "status": "completed", "note": .string(String(repeating: "long words ", count: 8))],
        ["sid": "ZB00000000000000000000000000000002", "status": "failed", "note": "short"],
    ])

    @Test func aWideTableIsFittedToTheWidthWidestColumnsFirst() {
        let text = OutputFormat.table.render(Self.rows, width: 50)
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 50 }, "\(text)")
        #expect(text.contains("…"))
        #expect(text.contains("completed"))                      // a narrow column keeps its text
        #expect(OutputFormat.table.render(Self.rows) == OutputFormat.table.render(Self.rows, width: nil))
        #expect(OutputFormat.table.render(Self.rows, width: 500) == OutputFormat.table.render(Self.rows))
    }

    @Test func columnsAreNeverSqueezedBelowTheNarrowest() {
        let fitted = TableText.fitted([30, 30, 30], into: 10)
        #expect(fitted == [TableText.narrowestColumn, TableText.narrowestColumn, TableText.narrowestColumn])
        #expect(TableText.fitted([5, 40], into: 30) == [5, 23])
    }

    @Test func columnsThatCannotFitAreLeftOutFromTheRight() {
        let text = TableText.aligned([["aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc"]], fitting: 20)
        #expect(text == "aaaaaaaaaa  bbbbbbbb" || text.count <= 20)
        #expect(!text.contains("c"))
    }

    @Test func aSubTableFitsUnderItsIndent() {
        let record: Value = ["name": "x", "function_versions": Self.rows]
        let text = OutputFormat.table.render(record, width: 44)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 44 }, "\(text)")
    }
}
