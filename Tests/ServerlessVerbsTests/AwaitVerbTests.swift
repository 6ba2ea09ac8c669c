import BuildScript
import TestSupport
import Testing

@testable import ServerlessVerbs

/// `await`: final records back, failed builds as errors naming them, timeouts, many builds at once.
@Suite(.timeLimit(.minutes(2)))
struct AwaitVerbTests {
    @Test func aFailedBuildIsAnErrorNamingItUnlessAllowed() async throws {
        try await ScriptHarness.run { harness in
            try await harness.makeBuildableService()
            try await harness.run(#"use service demo; let bad = create build functions=[$v1] dependencies={twilio: "three"}"#)
            let sid = harness.variable("bad")["sid"].description
            let failure = await harness.failure("await $bad")
            #expect(failure?.message.hasPrefix("build \(sid) of service \(harness.variable("svc")["sid"].description) failed") == true)
            try await harness.run("let r = await $bad allow_failed=true")
            #expect(harness.variable("r")["status"] == "failed")
        }
    }

    @Test func awaitTakesASidAListOrAStreamAndKeepsOrder() async throws {
        try await ScriptHarness.run { harness in
            try await harness.makeBuildableService()
            try await harness.run(
                """
                use service demo
                let a = create build functions=[$v1]
                let b = create build functions=[$v1]
                let one = await $a.sid
                let both = await [$b, $a]
                let streamed = await (list builds)
                """)
            #expect(harness.variable("one")["status"] == "completed")
            let both = harness.variable("both").listValue ?? []
            #expect(both.map { $0["sid"] } == [harness.variable("b")["sid"], harness.variable("a")["sid"]])
            #expect(both.allSatisfy { $0["status"] == "completed" })
            #expect(harness.variable("streamed").listValue?.count == 2)
        }
    }

    @Test func awaitGivesUpAtItsTimeout() async throws {
        try await ScriptHarness.run(buildTime: .seconds(60)) { harness in
            try await harness.makeBuildableService()
            try await harness.run("use service demo; let slow = create build functions=[$v1]")
            let clock = ContinuousClock()
            let start = clock.now
            let failure = await harness.failure("await $slow timeout=300ms")
            #expect(failure?.message.contains("gave up waiting") == true)
            #expect(failure?.message.contains(harness.variable("slow")["sid"].description) == true)
            #expect(clock.now - start < .seconds(10))
        }
    }

    @Test func buildsOfSeveralServicesAreAwaitedTogether() async throws {
        try await ScriptHarness.run { harness in
            try await harness.makeBuildableService("one")
            try await harness.run("let b1 = create build service=one functions=[$v1]")
            try await harness.makeBuildableService("two")
            try await harness.run("let b2 = create build service=two functions=[$v1]; let all = await [$b1, $b2]")
            #expect(harness.variable("all").listValue?.map { $0["service_sid"] }
                == [harness.variable("b1")["service_sid"], harness.variable("b2")["service_sid"]])
        }
    }

    @Test func createPipedIntoAwaitWaitsForTheNewBuild() async throws {
        try await ScriptHarness.run { harness in
            try await harness.makeBuildableService()
            try await harness.run("use service demo; let b = create build functions=[$v1] | await")
            #expect(harness.variable("b")["status"] == "completed")
        }
    }

    @Test func aTerminalShowsASpinnerWhileWaitingAndClearsIt() async throws {
        try await ScriptHarness.run(buildTime: .seconds(2), options: VerbOptions(stderrIsTerminal: true)) { harness in
            try await harness.makeBuildableService()
            try await harness.run("use service demo; let b = await (create build functions=[$v1])")
            let drawn = harness.stderr.text
            #expect(drawn.contains("\r\u{1B}[2K⠋ \(harness.variable("b")["sid"].description) building"))
            #expect(drawn.hasSuffix("\r\u{1B}[2K"))
        }
    }
}
