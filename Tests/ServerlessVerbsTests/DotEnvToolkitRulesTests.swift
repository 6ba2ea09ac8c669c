import Foundation
import Testing

@testable import ServerlessVerbs

/// `.env` read as the serverless-toolkit reads it (dotenv 6.2.0), on dotenv's own test files, with a
/// warning where today's dotenv would read a line differently.
struct DotEnvToolkitRulesTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "DotEnvFixtures/\(name)", withExtension: nil))
        return try Data(contentsOf: url)
    }

    static func expected(_ name: String) throws -> [String: String] {
        try JSONDecoder().decode([String: String].self, from: fixture(name))
    }

    /// The toolkit's dotenv on its own test file reads what its test file expects, and today's dotenv
    /// agrees on every line of that file (no warnings).
    @Test func dotenv620sTestFileReadsAsItsTestsExpect() throws {
        let parsed = DotEnvFile.parse(String(decoding: try Self.fixture("dotenv-6.2.0.env"), as: UTF8.self))
        #expect(Dictionary(uniqueKeysWithValues: parsed.variables.map { ($0.key, $0.value) }) == (try Self.expected("dotenv-6.2.0.json")))
        #expect(parsed.malformed.isEmpty)
    }

    /// Today's dotenv test file: the toolkit's values (what dotenv 6.2.0 itself produces from it), today's
    /// values (what dotenv 17.4.2's tests expect) as the current reading, and a warning exactly where
    /// the two differ.
    @Test func todaysTestFileReadsAsTheToolkitWouldWithAWarningPerDifference() throws {
        let text = String(decoding: try Self.fixture("dotenv-17.4.2.env"), as: UTF8.self)
        let parsed = DotEnvFile.parse(text)
        let toolkit = try Self.expected("dotenv-17.4.2-read-by-6.2.0.json")
        let today = try Self.expected("dotenv-17.4.2.json")
        #expect(Dictionary(uniqueKeysWithValues: parsed.variables.map { ($0.key, $0.value) }) == toolkit)
        #expect(DotEnvCurrentRules.parse(text).values == today)
        let differing = Set(toolkit.keys.filter { today[$0] != toolkit[$0] } + today.keys.filter { toolkit[$0] == nil })
        #expect(Set(parsed.differences.map(\.key)) == differing)
        #expect(parsed.malformed.isEmpty)
        for difference in parsed.differences {
            // The fixed wording of the kind may share a word with a value (`backticks`); nothing else may.
            let wording = DotEnvDifference(line: 0, key: "", kind: difference.kind).description
            for value in [toolkit[difference.key], today[difference.key]].compactMap({ $0 }) where value.count > 3 {
                #expect(!difference.description.contains(value) || wording.contains(value), "a warning never shows the value")
            }
        }
    }

    /// Deploy warns on standard error for each such line, naming file, line and key, never the value,
    /// and still deploys what the toolkit would.
    @Test func deployWarnsWithoutTheValue() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try fixture.write(".env", "GREETING=hi\nC='sekrit-single' # note\nexport F=sekrit-export\n")
        try await ScriptHarness.run(dryRun: true) { harness in
            _ = try await harness.run(#"deploy "\#(fixture.directory)""#)
            let notes = harness.stderr.text
            #expect(notes.contains("warning: .env line 2: C: the toolkit (dotenv 6.2) keeps the ` # …` comment in the value; dotenv 16+ drops it"))
            #expect(notes.contains("warning: .env line 3: F: the toolkit (dotenv 6.2) skips this line"))
            #expect(!notes.contains("sekrit"))
            #expect(notes.contains("variables (.env): 2 new, 0 changed, 0 unchanged"))
        }
    }

    /// The lines seen deploying differently from the toolkit.
    @Test func theSeenLinesDeployAsTheToolkitDeploysThem() {
        let parsed = DotEnvFile.parse(
            """
            C='single' # comment
            D="double" # c
            E="two\\nlines"
            export F=x
            G=`tick`
            H="first
            second"
            broken line
            """)
        #expect(parsed.variables.map(\.key) == ["C", "D", "E", "G", "H"])
        #expect(parsed.variables.map(\.value) == ["single' # comment", "double\" # c", "two\nlines", "`tick`", "first"])
        #expect(parsed.differences.map(\.kind) == [.inlineComment, .inlineComment, .skippedByToolkit, .backticks, .multiline])
        #expect(parsed.differences.map(\.line) == [1, 2, 4, 5, 6])
        #expect(parsed.differences[2].description == "line 4: F: the toolkit (dotenv 6.2) skips this line (an `export ` prefix or `KEY: value`); dotenv 16+ reads it")
        #expect(parsed.malformed == [DotEnvFile.Malformed(line: 8, text: "broken line")])
    }
}
