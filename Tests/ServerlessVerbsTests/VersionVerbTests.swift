import Testing

@testable import ServerlessVerbs

/// `version`: what the host says about itself, with the Swift the verbs were built with.
@Suite struct VersionVerbTests {
    @Test func showsTheHostsVersionSwiftAndLineEditing() async throws {
        var options = VerbOptions()
        options.version = HostVersion(version: "9.8.7 (abc1234)", lineEditing: "libedit")
        try await ScriptHarness.run(options: options) { harness in
            let printed = try await harness.run("version")
            let lines = printed.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
            #expect(lines == ["buildsh 9.8.7 (abc1234)", "swift \(HostVersion.swift)", "line_editing libedit"])
            #expect(try await harness.run("print (version).buildsh") == "9.8.7 (abc1234)\n")
        }
    }

    @Test func aHostThatSaysNothingShowsUnknown() async throws {
        try await ScriptHarness.run(options: VerbOptions()) { harness in
            let printed = try await harness.run("print (version).buildsh")
            #expect(printed == "unknown\n")
        }
    }

    @Test func theSwiftVersionIsTheCompilers() throws {
        #expect(try #/\d+\.\d+( or later)?/#.wholeMatch(in: HostVersion.swift) != nil)
    }
}
