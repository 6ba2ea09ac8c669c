import BuildScript
import Foundation
import ServerlessClient
import Synchronization

/// What the learner's last statement did in a lesson's sandbox, for the step's check: the requests
/// it sent (`$requests`) and the changes dry run said it would make (`$would`). A check that reads
/// them passes on what the statement did, never on a value typed (`3` is not counting the builds).
final class StatementRecord: Sendable {
    private struct Log {
        var requests: [Value] = []
        var would: [Value] = []
    }

    private let log = Mutex(Log())
    /// The most of each kept for one statement (`tail logs` polls for as long as it runs).
    static let limit = 1000
    /// How dry run's notes start (``ServerlessVerbs``' `dry run: would delete build ZB… in service ZS…`).
    private static let dryRunNote = "dry run: would "

    /// Forgets the statement before: a new one starts.
    func begin() {
        log.withLock { $0 = Log() }
    }

    /// Records each answered request as `{method, path, status}` (`path` without the host and query:
    /// `/v1/Services/ZS…/Builds`).
    var observer: ExchangeObserver {
        { [self] event in
            guard case .response(let status) = event.phase else { return }
            let path = URLComponents(string: event.url)?.path ?? event.url
            let request: Value = .record(["method": .string(event.method), "path": .string(path), "status": .number(Double(status))])
            log.withLock { if $0.requests.count < Self.limit { $0.requests.append(request) } }
        }
    }

    /// Reads a note the verbs wrote: dry run's say what would be done (`delete build ZB… in service ZS…`).
    func noted(_ text: String) {
        guard text.hasPrefix(Self.dryRunNote) else { return }
        let change = text.dropFirst(Self.dryRunNote.count).trimmingCharacters(in: .newlines)
        log.withLock { if $0.would.count < Self.limit { $0.would.append(.string(change)) } }
    }

    /// The requests of the statement, in order.
    var requests: Value { .list(log.withLock { $0.requests }) }
    /// What dry run said the statement would change, in order.
    var would: Value { .list(log.withLock { $0.would }) }
}
