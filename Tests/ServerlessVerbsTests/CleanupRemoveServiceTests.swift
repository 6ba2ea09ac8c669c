import Foundation
import ServerlessClient
import TestSupport
import Testing

@testable import ServerlessVerbs

/// `remove service NAME` against the sandbox: shows what the service holds, asks once, removes it.
@Suite(.timeLimit(.minutes(2)))
struct CleanupRemoveServiceTests {
    /// Service demo with a live environment, two builds, one function.
    static func makeFullService(_ harness: ScriptHarness) async throws {
        try await harness.makeBuildableService()
        try await harness.run("""
            use service demo
            let b = create build functions=[$v1]
            create build functions=[$v1]
            let env = create environment unique_name=dev
            create deployment $env build=$b
            """)
    }

    @Test func removesTheServiceWithEverythingAndSaysWhat() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await Self.makeFullService(harness)
            let printed = try await harness.run("remove service demo")
            #expect(printed.contains("environments"))
            #expect(try await harness.run("list services | count") == "0\n")
            let notes = harness.stderr.text
            #expect(notes.contains("remove service demo (ZS"))
            #expect(notes.contains("1 environment, 2 builds and 1 function · live in dev"))
            #expect(notes.contains("removed service demo: 1 environment, 2 builds and 1 function"))
            #expect(harness.session.context.service == nil, "use no longer points at the removed service")
        }
    }

    @Test func aDryRunRemovesNothing() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await Self.makeFullService(harness)
            harness.interpreter.options.dryRun = true
            #expect(try await harness.run("remove service demo").isEmpty)
            harness.interpreter.options.dryRun = false
            #expect(try await harness.run("list services | count") == "1\n")
            #expect(harness.stderr.text.contains("dry run: would remove service demo"))
        }
    }

    @Test func declinedRemovesNothingAndOneServiceIsStillAsked() async throws {
        let questions = CleanupTests.Questions(answering: "no")
        try await ScriptHarness.run(buildTime: .zero, options: questions.options) { harness in
            try await Self.makeFullService(harness)
            let failure = await harness.failure("remove service demo")
            #expect(failure?.message.contains("cancelled") == true)
            #expect(try await harness.run("list services | count") == "1\n")
        }
        #expect(questions.all == ["Remove service demo and everything in it (1 environment, 2 builds and 1 function)? [y/N] "])
    }

    @Test func anUnknownServiceIsTheAPIsNotFound() async throws {
        try await ScriptHarness.run { harness in
            let failure = await harness.failure("remove service nosuch")
            #expect(failure?.code == 20404)
        }
    }
}
