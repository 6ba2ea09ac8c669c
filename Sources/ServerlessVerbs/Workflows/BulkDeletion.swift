import BuildScript
import ServerlessClient
import Synchronization

/// One resource a bulk deletion removes, with the call that removes it.
struct DeletionItem: Sendable {
    /// What it is: a build, a function, an asset.
    let kind: ResourceKind
    /// Its SID.
    let sid: String
    /// The name of its service, for messages.
    let service: String
    /// The SID of its service.
    let serviceSid: String
    /// Deletes it.
    let delete: @Sendable () async throws -> Void
}

/// A deletion that failed, with the reason as the API gave it.
struct DeletionFailure: Sendable, Equatable {
    /// What it is: a build, a function, an asset.
    let kind: ResourceKind
    /// Its SID.
    let sid: String
    /// The name of its service.
    let service: String
    /// Why it failed (`error 20409: Cannot delete Build because it's part of an active Deployment.`).
    let reason: String

    /// The failure as a record for `$e.details` in `catch`.
    var record: Value {
        ["noun": .string(kind.rawValue), "sid": .string(sid), "service": .string(service), "reason": .string(reason)]
    }
}

/// Deletes many resources a few at a time, with a progress bar on a terminal. A failing item
/// never stops the others: every failure is returned, so the caller reports all of them after the
/// rest ran. Cancellation (Ctrl-C) stops launching new deletions.
struct BulkDeletion {
    /// The most deletions in flight (the client's own request limit applies too).
    var width = 8
    /// Where the progress bar is drawn; nil draws nothing.
    var progress: LiveProgressLine.Writer?

    /// What a run did: the items deleted and the failures, each in the order given.
    struct Outcome: Sendable {
        var deleted: [DeletionItem] = []
        var failures: [DeletionFailure] = []
    }

    /// Deletes `items`; `label` heads the progress bar (`builds`).
    func run(_ items: [DeletionItem], label: String) async -> Outcome {
        guard !items.isEmpty else { return Outcome() }
        let tally = DeletionTally()
        let total = items.count
        let line = LiveProgressLine(write: progress) { tick, elapsed in
            let (done, failed) = tally.counts
            return "\(label) " + ProgressText.loop(done: done, total: total, failed: failed, elapsed: elapsed, tick: tick)
        }
        defer { line.finish() }
        var results = [DeletionFailure??](repeating: nil, count: total)
        await withTaskGroup(of: (Int, DeletionFailure?).self) { group in
            var next = 0
            func launch(_ index: Int) {
                let item = items[index]
                group.addTask {
                    do {
                        try await item.delete()
                        tally.record(failed: false)
                        return (index, nil)
                    } catch {
                        tally.record(failed: true)
                        let reason = Self.reason(for: error)
                        return (index, DeletionFailure(kind: item.kind, sid: item.sid, service: item.service, reason: reason))
                    }
                }
            }
            while next < min(max(1, width), total) {
                launch(next)
                next += 1
            }
            for await (index, failure) in group {
                results[index] = .some(failure)
                if next < total, !Task.isCancelled {
                    launch(next)
                    next += 1
                }
            }
        }
        var outcome = Outcome()
        for (index, result) in results.enumerated() {
            switch result {
            case .some(.none): outcome.deleted.append(items[index])
            case .some(.some(let failure)): outcome.failures.append(failure)
            case .none: break
            }
        }
        return outcome
    }

    /// One line for a failed deletion: the API's code and message, or the client's explanation.
    static func reason(for error: any Error) -> String {
        switch error {
        case is CancellationError:
            // The DELETE may have been sent before Ctrl-C: say so rather than that it failed.
            return "interrupted (Ctrl-C) before an answer: it may or may not be deleted; list again to see"
        case let error as any ScriptError:
            return error.scriptCode.map { "error \($0): \(error.scriptMessage)" } ?? error.scriptMessage
        default:
            return "internal error: \(type(of: error))"
        }
    }

    /// The error a bulk deletion ends with when some items failed: each failure listed (the
    /// first ten in the message, all of them in `$e.details`).
    static func error(failures: [DeletionFailure], attempted: Int) -> BuildScript.VerbError {
        let listed = failures.prefix(10).map { "\($0.kind.rawValue) \($0.sid) in service \($0.service): \($0.reason)" }
        let more = failures.count > 10 ? "; and \(failures.count - 10) more" : ""
        let message = "\(failures.count) of \(attempted) deletions failed (the others were done): "
            + listed.joined(separator: "; ") + more
        return BuildScript.VerbError(message, details: ["failures": .list(failures.map(\.record))])
    }
}

/// Counts finished and failed deletions across concurrent tasks, for the progress bar.
private final class DeletionTally: Sendable {
    private let state = Mutex((done: 0, failed: 0))

    func record(failed: Bool) {
        state.withLock { state in
            state.done += 1
            if failed { state.failed += 1 }
        }
    }

    var counts: (done: Int, failed: Int) { state.withLock { $0 } }
}
