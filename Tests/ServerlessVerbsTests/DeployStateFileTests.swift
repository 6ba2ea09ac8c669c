import BuildScript
import Foundation
import Testing

@testable import ServerlessVerbs

/// A deploy state file that cannot be used is ignored with a warning naming the file and what
/// going on without it costs; a missing one is simply empty.
@Suite(.timeLimit(.minutes(2)))
struct DeployStateFileTests {
    @Test func aStateFileThatCannotBeUsedIsIgnoredWithAWarningSayingWhatWasIgnored() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try await ScriptHarness.run(buildTime: .milliseconds(50)) { harness in
            try await harness.run(#"deploy "\#(fixture.directory)""#)
            let path = DeployState.location(of: fixture.directory)
            try Data(#"{"format": 1, "services": {"#.utf8).write(to: URL(fileURLWithPath: path))
            harness.stderr.clear()

            try await harness.run(#"let again = deploy "\#(fixture.directory)""#)
            #expect(harness.stderr.text.hasPrefix("warning: ignored \(path): it is not valid JSON. Going on without it"))
            #expect(harness.variable("again")["status"] == "deployed")
            // The functions were confirmed by content; the file is good again afterwards.
            #expect(harness.variable("again")["reused"] == 3)
            #expect(try DeployState.load(from: fixture.directory).services.count == 1)
        }
    }

    @Test func aStateFileSaysWhatIsWrongWithIt() throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        let path = DeployState.location(of: fixture.directory)
        try fixture.write(".buildsh/deploy-state.json", #"{"format": 1, "services": {"ZS1": {"versions": {"function:/a": {"resource_sid": 5}}}}}"#)
        #expect(throws: DeployStateError(path: path, problem: .malformed("services.ZS1.versions.function:/a.resource_sid"))) {
            try DeployState.load(from: fixture.directory)
        }
        try fixture.write(".buildsh/deploy-state.json", #"{"format": 2, "services": {}}"#)
        #expect(throws: DeployStateError(path: path, problem: .unknownFormat(2))) {
            try DeployState.load(from: fixture.directory)
        }
        #expect(DeployStateError(path: path, problem: .unknownFormat(2)).warning.contains("has format 2, which this buildsh does not know"))
        try fixture.remove(".buildsh/deploy-state.json")
        #expect(try DeployState.load(from: fixture.directory) == DeployState())
    }
}
