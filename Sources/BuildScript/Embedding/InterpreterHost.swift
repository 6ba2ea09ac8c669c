/// What an interpreter needs from the program embedding it. Only ``output(_:from:)`` is required.
public protocol InterpreterHost: Sendable {
    /// Receives a value produced by a statement, `print` or a verb's ``CallContext/emit(_:)``.
    /// The host renders it (a table, JSON, plain text). Streams are passed unconsumed: the host
    /// iterates them, and should let errors thrown while iterating propagate — the interpreter then
    /// reports them as the statement's runtime error (a ``RuntimeError`` from a `where` condition,
    /// a ``VerbError`` from a page fetch, `CancellationError` on cancellation).
    func output(_ value: Value, from range: SourceRange) async throws

    /// Receives the text of a `print` (or a verb's ``CallContext/print(_:)``): text as written,
    /// not a value to render, so a host printing JSON still prints it as a line of text. The
    /// default passes it to ``output(_:from:)`` as a string.
    func print(_ text: String, from range: SourceRange) async throws

    /// Asked before a `foreach` or pipeline that calls a destructive verb runs; `false` cancels it.
    /// The default answers `true` (a non-interactive host).
    func confirm(_ request: ConfirmationRequest) async -> Bool

    /// Observes `foreach ... parallel N` loops (for a progress bar and a summary). Default: ignore.
    func progress(_ event: ProgressEvent) async
}

extension InterpreterHost {
    /// Text goes to the output as a string value unless the host says otherwise.
    public func print(_ text: String, from range: SourceRange) async throws {
        try await output(.string(text), from: range)
    }
    /// Non-interactive hosts confirm everything.
    public func confirm(_ request: ConfirmationRequest) async -> Bool { true }
    /// Progress is ignored by default.
    public func progress(_ event: ProgressEvent) async {}
}

/// A question to the host before destructive work in a loop or pipeline.
public struct ConfirmationRequest: Equatable, Sendable {
    /// The destructive verb (`delete`).
    public var verb: String
    /// Its noun, when one was named (`build`).
    public var noun: Noun?
    /// How many items the loop or pipeline will go over, when known in advance.
    public var count: Int?
    /// The loop or pipeline asking.
    public var range: SourceRange

    /// Creates a request.
    public init(verb: String, noun: Noun?, count: Int?, range: SourceRange) {
        self.verb = verb
        self.noun = noun
        self.count = count
        self.range = range
    }

    /// A ready-made question: `Delete up to 42 builds?`, `Delete builds?`, `Delete 1 build?`.
    public var question: String {
        let verbText = verb.prefix(1).uppercased() + verb.dropFirst()
        guard let noun else { return count.map { "\(verbText) for \($0) items?" } ?? "\(verbText) for each item?" }
        switch count {
        case nil: return "\(verbText) \(noun.plural)?"
        case 1?: return "\(verbText) 1 \(noun.singular)?"
        case let n?: return "\(verbText) up to \(n) \(noun.plural)?"
        }
    }
}

/// Events of a `foreach ... parallel N` loop, in order: one `started`, one `itemFinished` or
/// `itemFailed` per item that ended, one `finished` (whose summary lists the items that were
/// running when the loop was cancelled, which end neither way).
public enum ProgressEvent: Equatable, Sendable {
    /// The loop started; `total` is known for lists and counted streams.
    case started(id: Int, total: Int?, range: SourceRange)
    /// Item `index` (0-based) completed.
    case itemFinished(id: Int, index: Int)
    /// Item `index` failed; other items continue.
    case itemFailed(id: Int, index: Int, error: RuntimeError)
    /// The loop ended.
    case finished(id: Int, summary: ProgressSummary)
}

/// The outcome of a parallel loop. What the loop's bodies did is bracketed by it: at least
/// ``succeeded`` items took effect, and at most ``succeeded`` plus ``outcomeUnknown`` did.
public struct ProgressSummary: Equatable, Sendable {
    /// Items that completed.
    public var succeeded: Int
    /// Items that failed.
    public var failed: Int
    /// Items that had started and had not finished when the loop was cancelled (Ctrl-C): a
    /// request of theirs may have been sent and its answer never seen, so each may or may not have
    /// taken effect. In input order.
    public var outcomeUnknown: [ProgressItem]
    /// Items never started (after `break`, `exit`, cancellation or a declined confirmation).
    public var skipped: Int
    /// Wall-clock seconds.
    public var seconds: Double

    /// Creates a summary.
    public init(succeeded: Int, failed: Int, skipped: Int, seconds: Double, outcomeUnknown: [ProgressItem] = []) {
        self.succeeded = succeeded
        self.failed = failed
        self.outcomeUnknown = outcomeUnknown
        self.skipped = skipped
        self.seconds = seconds
    }
}

/// One item of a parallel loop, as reports name it (made by the interpreter; a host reads it).
public struct ProgressItem: Equatable, Sendable {
    /// Its position in the loop's source (0-based).
    public var index: Int
    /// The item.
    public var item: Value
    /// A short label for it: its `sid` (or `unique_name`, `name`, `id`) if a record, else its text.
    public var label: String
}
