import BuildScript
import Foundation
import ServerlessClient
import ServerlessSandbox
import Testing

@testable import ServerlessVerbs

/// Tab's identifiers read from the account: what others made is offered, a listing is reused for
/// its time to live, the session's own writes drop it, and a failing API gives nothing (the REPL
/// then offers what it has seen).
@Suite struct AccountCompletionsTests {
    @Test func offersWhatWasMadeOutsideTheSessionAndReusesTheListingUntilAWrite() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await harness.makeBuildableService()
            try await harness.run("use service demo")
            let completions = harness.session.completions
            completions.timeToLive = .seconds(3600)
            let service = harness.variable("svc")["sid"].stringValue ?? ""
            let version = harness.variable("v1")["sid"].stringValue ?? ""
            let outside = try await harness.client.createBuild(service: service, functionVersions: [version], runtime: "node22")

            let first = try #require(await completions.lookUp(.build, budget: .seconds(20)))
            #expect(first.map(\.text) == [outside.sid])
            #expect(first[0].description.hasPrefix("building · node22 · ") || first[0].description.hasPrefix("completed · node22 · "))
            let listings = harness.server.requestCount(method: "GET", pathContains: "/Builds")

            // Made outside again: the cached listing is reused, without a request.
            _ = try await harness.client.createBuild(service: service, functionVersions: [version], runtime: "node20")
            #expect(await completions.lookUp(.build)?.count == 1)
            #expect(harness.server.requestCount(method: "GET", pathContains: "/Builds") == listings)

            // A build the session creates drops the listing: all three are offered next.
            try await harness.run("create build functions=[$v1] runtime=node18")
            #expect(await completions.lookUp(.build, budget: .seconds(20))?.count == 3)
            #expect(harness.server.requestCount(method: "GET", pathContains: "/Builds") == listings + 1)

            // Services need no scope; names come with SIDs.
            let services = try #require(await completions.lookUp(.service, budget: .seconds(20)))
            #expect(services.map(\.text).contains("demo"))
            // Function versions need a function `use` cannot give: nothing, no request.
            #expect(await completions.lookUp(.functionVersion) == nil)
        }
    }

    @Test func aFailingListingGivesNothingAndIsNotCached() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await harness.makeBuildableService()
            try await harness.run("use service demo")
            harness.server.faults.inject(SandboxFault(method: "GET", pathContains: "/Functions", status: 500, code: 20500, times: 100))
            #expect(await harness.session.completions.lookUp(.function, budget: .seconds(20)) == nil)
            harness.server.faults.clear()
            #expect(await harness.session.completions.lookUp(.function, budget: .seconds(20))?.isEmpty == false)
        }
    }

    @Test func withoutAServiceInUseScopedKindsAreNotListed() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            #expect(await harness.session.completions.lookUp(.build) == nil)
            #expect(harness.server.requestCount(method: "GET", pathContains: "/Builds") == 0)
        }
    }

    @Test func descriptionsAreEscapedAndOnlyTypableNamesAreOffered() {
        let record: Value = ["sid": "ZS00000000000000000000000000000001", "unique_name": "a b", "friendly_name": "x\u{1B}[2Jy"]
        let candidates = AccountCompletions.candidates(from: record)
        #expect(candidates.map(\.text) == ["ZS00000000000000000000000000000001"])
        #expect(!candidates[0].description.contains("\u{1B}"))
    }
}

extension AccountCompletions {
    /// ``candidates(for:waitingAtMost:)`` called as the line editor calls it: on a thread of its
    /// own, which it may block, not on one of the few threads Swift's tasks share.
    fileprivate func lookUp(_ kind: ResourceKind, budget: Duration = .milliseconds(250)) async -> [Candidate]? {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: self.candidates(for: kind, waitingAtMost: budget)) }.start()
        }
    }
}
