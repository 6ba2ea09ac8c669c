import BuildScript
import Foundation
import Synchronization

extension VerbSession {
    /// Answers the interpreter's question before a loop or pipeline runs a destructive verb:
    /// yes with `--yes`, when nothing can be asked (not interactive: scripts never hang), or when at
    /// most one resource is concerned (a dry run never asks: the interpreter does not); otherwise asks
    /// `Delete up to 42 builds in service demo? [y/N]` and accepts `y`/`yes`.
    public func confirm(_ request: ConfirmationRequest) async -> Bool {
        let options = options
        if options.assumeYes || !options.isInteractive { return true }
        if let count = request.count, count <= 1 { return true }
        var question = String(request.question.dropLast())
        if let service = context.service, request.noun?.singular != "service" {
            question += " in service \(service.displayName)"
        }
        return await askYesOrNo(question + "? [y/N] ")
    }

    /// Shows a `foreach ... parallel` loop's progress (bar on a terminal) and its summary on stderr.
    public func progress(_ event: ProgressEvent) async {
        let options = options
        loops.handle(event, writer: options.progressWriter) { options.stderr($0 + "\n") }
    }
}

/// A ready-made host for an interpreter with the Serverless verbs: prints results to standard
/// output in the session's format, asks confirmations and shows progress as ``VerbSession`` does.
/// Create it, create the interpreter with it, then ``ServerlessVerbs/install(into:client:options:)``
/// and hand the session to ``attach(_:)``.
public final class StandardVerbHost: InterpreterHost {
    private let session = SessionSlot()
    private let write: @Sendable (String) -> Void

    /// A host writing results with `write` (standard output by default).
    public init(write: @escaping @Sendable (String) -> Void = { try? FileHandle.standardOutput.write(contentsOf: Data($0.utf8)) }) {
        self.write = write
    }

    /// Connects the session whose format, confirmations and progress the host uses.
    public func attach(_ session: VerbSession) {
        self.session.set(session)
    }

    /// Renders and prints a value (streams are printed as they are read). An error raised while a
    /// stream is read is thrown after the rows already printed, so the interpreter reports it as
    /// the statement's runtime error: with its location, catchable, and stopping a script.
    public func output(_ value: Value, from range: SourceRange) async throws {
        guard let session = session.get() else {
            write(value.description + "\n")
            return
        }
        try await session.write(value, to: write)
    }

    /// Writes printed text as a line, in every output format (secrets redacted as in results).
    public func print(_ text: String, from range: SourceRange) async throws {
        guard let session = session.get() else {
            write(text + "\n")
            return
        }
        session.writeText(text, to: write)
    }

    /// Forwards to ``VerbSession/confirm(_:)``; without a session, proceeds.
    public func confirm(_ request: ConfirmationRequest) async -> Bool {
        await session.get()?.confirm(request) ?? true
    }

    /// Forwards to ``VerbSession/progress(_:)``.
    public func progress(_ event: ProgressEvent) async {
        await session.get()?.progress(event)
    }
}

/// A thread-safe optional slot for the session a host serves.
private final class SessionSlot: Sendable {
    private let slot = Mutex<VerbSession?>(nil)
    func set(_ session: VerbSession) { slot.withLock { $0 = session } }
    func get() -> VerbSession? { slot.withLock { $0 } }
}
