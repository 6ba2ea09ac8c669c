import Foundation
import ServerlessSandbox
import TestSupport
import Testing
@testable import ServerlessClient

/// Waiting for builds, with the requests it costs measured on the sandbox.
@Suite(.serialized) struct AwaitBuildsIntegrationTests {
    @Test func awaitBuildPollsStatusThenFetchesOnce() async throws {
        // Long enough that a loaded machine still polls the build while it is building.
        try await SandboxHarness.run(buildTime: .seconds(3)) { server, client in
            let setup = try await SandboxHarness.makeBuildableService(client)
            let build = try await client.createBuild(service: setup.service.sid, functionVersions: [setup.version.sid])
            let fetchesBefore = server.requestCount(method: "GET", pathContains: "/Builds/")
            let done = try await client.awaitBuild(service: setup.service.sid, build: build.sid)
            #expect(done.status == .completed)
            let polls = server.requestCount(method: "GET", pathContains: "/Status")
            // 3 s build: polls at ~0, 0.5, 1.25, 2.4, 3.9 s, then one fetch (on a machine busy enough
            // to delay the first poll past the build's end, a single poll).
            #expect((1...8).contains(polls))
            #expect(server.requestCount(method: "GET", pathContains: "/Builds/") - fetchesBefore == polls + 1)
        }
    }

    @Test func awaitBuildTimesOutAndStopsPolling() async throws {
        try await SandboxHarness.run(buildTime: .seconds(120)) { server, client in
            let setup = try await SandboxHarness.makeBuildableService(client)
            let build = try await client.createBuild(service: setup.service.sid, functionVersions: [setup.version.sid])
            await #expect(throws: ServerlessError.buildWaitTimedOut(
                service: setup.service.sid, pending: [build.sid], after: .seconds(1))) {
                _ = try await client.awaitBuild(service: setup.service.sid, build: build.sid, timeout: .seconds(1))
            }
            let polls = server.requestCount(method: "GET", pathContains: "/Status")
            try await Task.sleep(for: .seconds(1))
            #expect(server.requestCount(method: "GET", pathContains: "/Status") == polls)
        }
    }

    @Test func hundredBuildsCostAHandfulOfListPages() async throws {
        try await SandboxHarness.run(buildTime: .seconds(2)) { server, client in
            let setup = try await SandboxHarness.makeBuildableService(client)
            var builds = try await SandboxHarness.makeBuilds(client, setup, count: 99)
            builds.append(try await client.createBuild(
                service: setup.service.sid, functionVersions: [setup.version.sid], dependencies: ["twilio": "bad"]))
            let getsBefore = server.requestCount(method: "GET")
            let progress = Recorder<BuildWaitProgress>()
            let clock = ContinuousClock()
            let start = clock.now
            let finished = try await client.awaitBuilds(
                service: setup.service.sid, builds: builds.map(\.sid), progress: { progress.append($0) })
            let elapsed = start.duration(to: clock.now)
            let requests = server.requestCount(method: "GET") - getsBefore
            #expect(finished.map(\.sid) == builds.map(\.sid))
            #expect(finished.filter { $0.status == .completed }.count == 99)
            #expect(finished.last?.status == .failed)
            #expect(server.requestCount(method: "GET", pathContains: "/Status") == 0)
            // One list page per tick while many are pending.
            #expect(requests <= 8, "\(requests) requests in \(elapsed)")
            let last = try #require(progress.values.last)
            #expect(last.pending == 0 && last.completed == 99 && last.failed == 1 && last.total == 100)
            #expect(last.requests == requests)
            #expect(progress.values.first?.pending ?? 0 > 0)
            print("awaitBuilds: 100 builds (2 s build time) in \(elapsed) with \(requests) requests")
        }
    }

    @Test func awaitBuildsTimesOutListingThePending() async throws {
        try await SandboxHarness.run(buildTime: .seconds(120)) { _, client in
            let setup = try await SandboxHarness.makeBuildableService(client)
            let builds = try await SandboxHarness.makeBuilds(client, setup, count: 3)
            let error = await #expect(throws: ServerlessError.self) {
                _ = try await client.awaitBuilds(service: setup.service.sid, builds: builds.map(\.sid),
                                                 timeout: .seconds(1))
            }
            guard case .buildWaitTimedOut(_, let pending, _) = error else {
                Issue.record("expected a timeout, got \(String(describing: error))")
                return
            }
            #expect(pending == builds.map(\.sid))
        }
    }

    @Test func awaitBuildsOfADeletedBuildThrows404() async throws {
        try await SandboxHarness.run(buildTime: .seconds(120)) { _, client in
            let setup = try await SandboxHarness.makeBuildableService(client)
            let builds = try await SandboxHarness.makeBuilds(client, setup, count: 2)
            try await client.deleteBuild(service: setup.service.sid, build: builds[0].sid)
            let error = await #expect(throws: ServerlessError.self) {
                _ = try await client.awaitBuilds(service: setup.service.sid, builds: builds.map(\.sid))
            }
            #expect(error?.isNotFound == true)
        }
    }
}

@Suite(.serialized) struct AwaitMixedBuildsIntegrationTests {
    @Test func buildsOfSeveralServicesAreAwaitedTogether() async throws {
        try await SandboxHarness.run(buildTime: .milliseconds(800)) { _, client in
            let first = try await SandboxHarness.makeBuildableService(client, name: "one")
            let second = try await SandboxHarness.makeBuildableService(client, name: "two")
            let builds = try await SandboxHarness.makeBuilds(client, first, count: 3)
                + SandboxHarness.makeBuilds(client, second, count: 2)
            let progress = Recorder<BuildWaitProgress>()
            let finished = try await client.awaitBuilds(builds, progress: { progress.append($0) })
            #expect(finished.map(\.sid) == builds.map(\.sid))
            #expect(finished.allSatisfy { $0.status == .completed })
            let last = try #require(progress.values.last)
            #expect(last.total == 5 && last.completed == 5 && last.pending == 0)
            await #expect(throws: ServerlessError.self) { _ = try await client.awaitBuilds([Build(sid: "ZB1")]) }
        }
    }
}
