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
            // The reason, as deploy gives it, and the service by the unique name `use` gave it.
            #expect(failure?.message == "build \(sid) of service demo failed: Dependency twilio has a version that is not valid "
                + "semver: three (pass allow_failed=true to get the failed record)")
            try await harness.run("let r = await $bad allow_failed=true")
            #expect(harness.variable("r")["status"] == "failed")
            try await harness.run("try { await $bad } catch e { let details = $e.details }")
            #expect(harness.variable("details")["builds"].item(0)
                == ["build": .string(sid), "service": "demo", "reason": "Dependency twilio has a version that is not valid semver: three"])
        }
    }

    @Test func aFailedBuildGivenAsASidNamesItsServiceByWhatTheVerbKnows() async throws {
        try await ScriptHarness.run { harness in
            try await harness.makeBuildableService()
            try await harness.run("let bad = create build service=$svc functions=[$v1] dependencies={twilio: \"three\"}")
            let sid = harness.variable("bad")["sid"].description
            let serviceSid = harness.variable("svc")["sid"].description
            // A service record given as service= names it; a bare SID is all the verb has otherwise.
            let byRecord = await harness.failure("await \(sid) service=$svc")
            #expect(byRecord?.message.hasPrefix("build \(sid) of service demo failed: Dependency twilio") == true)
            let bySid = await harness.failure("await \(sid) service=\(serviceSid)")
            #expect(bySid?.message.hasPrefix("build \(sid) of service \(serviceSid) failed: Dependency twilio") == true)
        }
    }

    @Test func severalFailedBuildsAreListedEachWithItsReason() async throws {
        try await ScriptHarness.run { harness in
            try await harness.makeBuildableService()
            try await harness.run(
                """
                use service demo
                let empty = create function version $fn path=/empty visibility=public content=""
                let bad = create build functions=[$v1] dependencies={twilio: "three"}
                let good = create build functions=[$v1]
                let hollow = create build functions=[$empty]
                """)
            let failure = try #require(await harness.failure("await [$bad, $good, $hollow]"))
            let lines = failure.message.split(separator: "\n").map(String.init)
            #expect(lines == [
                "2 builds failed (pass allow_failed=true to get the failed records):",
                "  build \(harness.variable("bad")["sid"]) of service demo failed: Dependency twilio has a version that is not valid semver: three",
                "  build \(harness.variable("hollow")["sid"]) of service demo failed: Function /empty is empty",
            ])
        }
    }

    @Test func aFailedBuildWithoutAReasonSaysWhatToCheck() {
        let one = BuildFailure(build: "ZB1", service: "demo", runtime: "node20", reason: nil)
        let message = ServerlessVerbError.buildsFailed([one], total: 1).description
        #expect(message.hasPrefix(
            "build ZB1 of service demo failed, and Twilio gave no reason (pass allow_failed=true to get the failed record). "
                + "Check that every dependency version of the build exists on npm and supports node20"))
        let many = ServerlessVerbError.buildsFailed([one, one], total: 7).description
        #expect(many.contains("\n  … and 5 more\nFor those without a reason: Check that every dependency version"))
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
