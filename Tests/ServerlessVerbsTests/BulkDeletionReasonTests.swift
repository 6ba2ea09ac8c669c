import ServerlessClient
import Testing

@testable import ServerlessVerbs

/// Why a deletion of a bulk run failed, in one line: an interrupted one is not called a failure of
/// the API, since its DELETE may have been carried out.
@Suite struct BulkDeletionReasonTests {
    @Test func anInterruptedDeletionSaysItsOutcomeIsUnknown() {
        let reason = BulkDeletion.reason(for: CancellationError())
        #expect(reason.contains("interrupted"))
        #expect(reason.contains("may or may not be deleted"))
    }

    @Test func anAPIErrorKeepsItsCodeAndAFailureNamesItsKind() {
        let failure = DeletionFailure(kind: .build, sid: "ZB1", service: "demo", reason: BulkDeletion.reason(for: ServerlessVerbError.usage("no")))
        #expect(failure.record["noun"] == "build")
        #expect(failure.reason == "no")
    }
}

/// Tab after a verb offers the nouns it works on, as `help` lists them: not those it only refuses.
@Suite struct RefusedNounCompletionTests {
    @Test func deleteOffersNoNounItRefuses() async throws {
        try await ScriptHarness.run { harness in
            let nouns = harness.interpreter.completions(for: "delete ").map(\.text)
            #expect(nouns.contains("build") && nouns.contains("service"))
            #expect(!nouns.contains("deployment") && !nouns.contains("log") && !nouns.contains("function version"))
            // The refusal itself still answers when typed.
            let failure = await harness.failure("delete deployment ZD00000000000000000000000000000001")
            #expect(failure?.message.contains("the Serverless API cannot delete a deployment") == true)
        }
    }
}

/// Durations past every limit are errors naming the argument, never a crash.
@Suite struct HugeDurationTests {
    @Test(arguments: ["deploy . timeout=1e30s", "tail logs environment=dev for=1e30s", "tail logs environment=dev since=1e30s"])
    func aDurationPastTheLimitIsAnError(_ source: String) async throws {
        try await ScriptHarness.run { harness in
            try await harness.makeBuildableService()
            try await harness.run("use service demo; create environment unique_name=dev-environment domain_suffix=dev")
            let failure = await harness.failure(source)
            #expect(failure?.message.contains("is too long") == true, "\(String(describing: failure))")
        }
    }
}
