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
