import BuildScript
import Foundation
import ServerlessClient
import ServerlessSandbox
import Synchronization
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

    @Test func aListingSlowerThanTheBudgetNeverHoldsTheCallerAndServesTheNextLookUp() async throws {
        let slow = HeldListings(pathContains: "/Builds")
        try await ScriptHarness.run(buildTime: .zero, observer: slow.hold) { harness in
            try await harness.makeBuildableService()
            try await harness.run("use service demo")
            let completions = harness.session.completions
            let service = harness.variable("svc")["sid"].stringValue ?? ""
            let version = harness.variable("v1")["sid"].stringValue ?? ""
            let first = try await harness.client.createBuild(service: service, functionVersions: [version], runtime: "node22")

            // Cold, and the API holds the answer: the budget passes, nothing is known yet.
            slow.close()
            let cold = await completions.timedLookUp(.build, budget: .milliseconds(250))
            #expect(cold.candidates == nil)
            #expect(cold.took >= .milliseconds(250) && cold.took < .seconds(2))
            // The answer arrives meanwhile; the next look-up has it, from the one request made.
            slow.open()
            #expect(await completions.lookUp(.build, budget: .seconds(20))?.map(\.text) == [first.sid])
            #expect(harness.server.requestCount(method: "GET", pathContains: "/Builds") == 1)

            // Stale, and the API slow again: what is cached is given within the budget…
            completions.timeToLive = .zero
            let second = try await harness.client.createBuild(service: service, functionVersions: [version], runtime: "node20")
            slow.close()
            let stale = await completions.timedLookUp(.build, budget: .milliseconds(250))
            #expect(stale.candidates?.map(\.text) == [first.sid])
            #expect(stale.took < .seconds(2))
            // …and the fresh listing fills in once it arrives.
            slow.open()
            #expect(Set(await completions.lookUp(.build, budget: .seconds(20))?.map(\.text) ?? []) == [first.sid, second.sid])
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

/// A slow API: while closed, the client's GET requests to matching paths wait before they are
/// sent (at most 10 s, so a failing test cannot hang), as behind a slow network.
private final class HeldListings: Sendable {
    private let pathContains: String
    private let closed = Mutex(false)

    init(pathContains: String) {
        self.pathContains = pathContains
    }

    func close() { closed.withLock { $0 = true } }
    func open() { closed.withLock { $0 = false } }

    /// The client's observer: called on the request's way out, so waiting here delays it.
    @Sendable func hold(_ event: ExchangeEvent) {
        guard event.phase == .request, event.method == "GET", event.url.contains(pathContains) else { return }
        let deadline = Date().addingTimeInterval(10)
        while closed.withLock({ $0 }), Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
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

    /// ``lookUp(_:budget:)`` with how long the call held its thread.
    fileprivate func timedLookUp(_ kind: ResourceKind, budget: Duration) async -> (candidates: [Candidate]?, took: Duration) {
        await withCheckedContinuation { continuation in
            Thread {
                let clock = ContinuousClock()
                let started = clock.now
                let candidates = self.candidates(for: kind, waitingAtMost: budget)
                continuation.resume(returning: (candidates, clock.now - started))
            }.start()
        }
    }
}
