import BuildScript
import Foundation
import ServerlessClient
import Testing

@testable import ServerlessVerbs

/// A deploy stopped while it waits for its build: the next deploy awaits the build already made
/// rather than making a second one, and never reuses a build that failed or is gone.
@Suite(.timeLimit(.minutes(2)))
struct DeployInterruptionTests {
    /// Starts `deploy` of the fixture and cancels it (as Ctrl-C does) while it waits for its build:
    /// once the state file records the build, or, should it never, a few seconds after the build
    /// was asked for (the builds of these tests take longer than that).
    private func deployStoppedWhileBuilding(_ harness: ScriptHarness, _ fixture: DeployFixture, _ arguments: String = "") async throws {
        let builds = harness.server.requestCount(method: "POST", pathContains: "/Builds")
        let deploy = Task { await harness.failure(#"deploy "\#(fixture.directory)" \#(arguments)"#) }
        let clock = ContinuousClock()
        var deadline = clock.now + .seconds(60)
        while harness.server.requestCount(method: "POST", pathContains: "/Builds") == builds, clock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        deadline = clock.now + .seconds(3)
        while clock.now < deadline, (try? DeployState.load(from: fixture.directory))?.services.values.first?.lastBuildSid == nil {
            try await Task.sleep(for: .milliseconds(20))
        }
        deploy.cancel()
        let failure = await deploy.value
        #expect(failure?.message == "cancelled")
    }

    @Test func aDeployStoppedWhileItsBuildRunsIsFinishedByTheNextWithoutASecondBuild() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        // Long enough that the build is still running when the next deploy plans, on a busy machine too:
        // 10 s was not, once, with the whole suite running beside it at a load of 4 on 2 cores (the
        // test took 38 s). The second deploy awaits what is left of it, inside the suite's own time.
        try await ScriptHarness.run(buildTime: .seconds(30)) { harness in
            try await deployStoppedWhileBuilding(harness, fixture)
            let service = try #require(try DeployState.load(from: fixture.directory).services.keys.first)
            let recorded = try #require(try DeployState.load(from: fixture.directory).services[service]?.lastBuildSid)
            #expect(try await harness.client.fetchBuild(service: service, build: recorded).status == .building)
            harness.stderr.clear()

            try await harness.run(#"let again = deploy "\#(fixture.directory)""#)
            let again = harness.variable("again")
            #expect(again["status"] == "deployed")
            #expect(again["build_sid"] == .string(recorded))
            #expect(again["uploaded"] == 0)
            #expect(harness.server.requestCount(method: "POST", pathContains: "/Builds") == 1)
            #expect(harness.stderr.text.contains("build: none — \(recorded) of an earlier, stopped deploy has this content and is still building"))
        }
    }

    @Test func anEarlierBuildThatFailedMeanwhileIsNotReused() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try fixture.write("functions/broken.js", "")
        try await ScriptHarness.run(buildTime: .seconds(5)) { harness in
            try await deployStoppedWhileBuilding(harness, fixture, "service=broken")
            let state = try DeployState.load(from: fixture.directory)
            let service = try #require(state.services.keys.first)
            let first = try #require(state.services[service]?.lastBuildSid)
            _ = try await harness.client.awaitBuild(service: service, build: first, timeout: .seconds(20))

            let failure = try #require(await harness.failure(#"deploy "\#(fixture.directory)" service=broken"#))
            // A new build is made (and fails for the same reason); the failed one is not deployed.
            #expect(harness.server.requestCount(method: "POST", pathContains: "/Builds") == 2)
            #expect(!failure.message.contains(first))
            #expect(failure.message.hasSuffix("of service broken failed: Function /broken is empty"))
            #expect(harness.server.requestCount(method: "POST", pathContains: "/Deployments") == 0)
        }
    }

    @Test func anEarlierBuildDeletedMeanwhileIsNotReused() async throws {
        let fixture = try DeployFixture()
        defer { fixture.cleanUp() }
        try await ScriptHarness.run(buildTime: .seconds(5)) { harness in
            try await deployStoppedWhileBuilding(harness, fixture)
            let state = try DeployState.load(from: fixture.directory)
            let service = try #require(state.services.keys.first)
            let first = try #require(state.services[service]?.lastBuildSid)
            try await harness.client.deleteBuild(service: service, build: first)

            try await harness.run(#"let again = deploy "\#(fixture.directory)""#)
            #expect(harness.variable("again")["status"] == "deployed")
            #expect(harness.variable("again")["build_sid"] != .string(first))
            #expect(harness.server.requestCount(method: "POST", pathContains: "/Builds") == 2)
        }
    }
}
