import BuildScript
import Foundation
import Synchronization

/// A host that records what scripts output, answers confirmations from a setting, and records
/// progress, so tests can assert what a user would see.
final class TestHost: InterpreterHost {
    private let lines = Mutex<[String]>([])
    private let events = Mutex<[ProgressEvent]>([])
    private let requests = Mutex<[ConfirmationRequest]>([])
    let answer: Bool

    init(confirm answer: Bool = true) {
        self.answer = answer
    }

    func output(_ value: Value, from range: SourceRange) async throws {
        var text: String
        if case .stream(let stream) = value {
            text = Value.list(try await stream.collect()).description
        } else {
            text = value.description
        }
        if text.hasSuffix("\n") { text.removeLast() }
        let split = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.withLock { $0 += split }
    }

    func confirm(_ request: ConfirmationRequest) async -> Bool {
        requests.withLock { $0.append(request) }
        lines.withLock { $0.append("confirm: \(request.question) \(answer ? "yes" : "no")") }
        return answer
    }

    func progress(_ event: ProgressEvent) async {
        events.withLock { $0.append(event) }
        if case .finished(_, let summary) = event {
            let unknown = summary.outcomeUnknown.isEmpty ? "" : ", \(summary.outcomeUnknown.count) outcome unknown"
            lines.withLock {
                $0.append("progress: \(summary.succeeded) ok, \(summary.failed) failed\(unknown), \(summary.skipped) skipped")
            }
        }
    }

    var output: [String] { lines.withLock { $0 } }
    var progressEvents: [ProgressEvent] { events.withLock { $0 } }
    /// The summaries of the parallel loops that ended, in order.
    var summaries: [ProgressSummary] {
        progressEvents.compactMap { event in
            if case .finished(_, let summary) = event { return summary }
            return nil
        }
    }
    var confirmations: [ConfirmationRequest] { requests.withLock { $0 } }
}
