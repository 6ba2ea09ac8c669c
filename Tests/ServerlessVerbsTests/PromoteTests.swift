import Foundation
import ServerlessClient
import ServerlessSandbox
import TestSupport
import Testing

@testable import ServerlessVerbs

/// `promote from=ENV to=ENV` against the sandbox.
@Suite(.timeLimit(.minutes(2)))
struct PromoteTests {
    /// Service demo with environment dev running build `$b`.
    static func makeDev(_ harness: ScriptHarness) async throws {
        try await harness.makeBuildableService()
        try await harness.run("""
            use service demo
            let b = create build functions=[$v1]
            let dev = create environment unique_name=dev domain_suffix=dev
            create deployment $dev build=$b
            """)
    }

    @Test func deploysTheSourceBuildToACreatedTargetThenSaysItIsAlreadyLive() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await Self.makeDev(harness)
            let build = harness.variable("b")["sid"].description
            harness.session.outputFormat = .json
            let first = try await harness.run("promote from=dev to=production create=true")
            let record = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
            #expect(record?["result"] as? String == "deployed")
            #expect(record?["build_sid"] as? String == build)
            #expect((record?["deployment_sid"] as? String)?.hasPrefix("ZD") == true)
            #expect((record?["url"] as? String)?.hasPrefix("https://demo-") == true)
            let service = harness.variable("svc")["sid"].description
            let environments = try await harness.client.listEnvironments(service: service).collect()
            #expect(environments.first { $0.uniqueName == "production" }?.buildSid == build)
            #expect(harness.stderr.text.contains("created environment production (no domain suffix) in service demo"))

            let second = try await harness.run("promote from=dev to=production")
            let again = try JSONSerialization.jsonObject(with: Data(second.utf8)) as? [String: Any]
            #expect(again?["result"] as? String == "already live")
            #expect(again?["deployment_sid"] is NSNull)
            #expect(harness.stderr.text.contains("build \(build) is already live in production: nothing to do"))
        }
    }

    @Test func twiliosConflictAnswerIsExplainedNotRaised() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await Self.makeDev(harness)
            try await harness.run("create environment unique_name=production")
            harness.server.faults.inject(SandboxFault(method: "POST", pathContains: "/Deployments", status: 409, code: 20409))
            let printed = try await harness.run("promote from=dev to=production")
            #expect(printed.contains("already live"))
            #expect(harness.stderr.text.contains("Twilio answered 409"))
        }
    }

    @Test func aMissingTargetNeedsCreateAndAnEmptySourceHasNothingToPromote() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await Self.makeDev(harness)
            let missing = await harness.failure("promote from=dev to=production")
            #expect(missing?.message == "no environment named 'production' in service demo; pass create=true to create it")
            try await harness.run("create environment unique_name=empty")
            let empty = await harness.failure("promote from=empty to=dev")
            #expect(empty?.message.hasPrefix("environment empty runs no build, so there is nothing to promote") == true)
            let same = await harness.failure("promote from=dev to=dev")
            #expect(same?.message.contains("same environment") == true)
            let noService = await harness.failure("use service; promote from=dev to=x")
            #expect(noService?.message.contains("needs a service") == true)
        }
    }

    @Test func aDryRunCreatesAndDeploysNothing() async throws {
        try await ScriptHarness.run(buildTime: .zero) { harness in
            try await Self.makeDev(harness)
            harness.interpreter.options.dryRun = true
            #expect(try await harness.run("promote from=dev to=production create=true").isEmpty)
            harness.interpreter.options.dryRun = false
            #expect(try await harness.run("list environments | count") == "1\n")
            #expect(harness.stderr.text.contains("dry run: would create environment production (no domain suffix) in service demo"))
        }
    }
}
