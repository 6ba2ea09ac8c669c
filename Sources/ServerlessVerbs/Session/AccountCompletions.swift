import BuildScript
import Dispatch
import ServerlessClient
import Synchronization

/// Identifiers for Tab read from the account itself (as aws-shell completes instance IDs), not only
/// those seen in this session's results: the services, and the builds, functions, assets and
/// environments of the service in `use` (deployments, variables and logs of the environment in
/// `use`). A listing is reused for ``timeToLive`` (a REPL setting); a write the session makes to a
/// kind drops that kind's listings. A lookup never holds the line editor longer than the budget the
/// caller gives: past it the caller gets what is cached (or nothing) and the listing, still
/// arriving, serves the next Tab. Offline, or on any error, it gives nothing and says nothing: the
/// caller falls back to the identifiers it has seen.
public final class AccountCompletions: Sendable {
    /// One identifier to offer, with a short description of what it names.
    public struct Candidate: Sendable, Equatable {
        /// What Tab inserts: a SID, a unique name or a domain suffix.
        public let text: String
        /// `completed · node22 · 2026-12-05 10:32`, `Demo service`: server text, escaped.
        public let description: String
    }

    /// How long a listing is reused before Tab asks the API again (default 30 s).
    public var timeToLive: Duration {
        get { state.withLock { $0.timeToLive } }
        set { state.withLock { $0.timeToLive = newValue } }
    }

    /// The most records one listing reads.
    static let listingLimit = 200

    private struct Key: Hashable {
        let kind: ResourceKind
        let scope: [NounScope: String]
    }

    private struct Listing {
        let candidates: [Candidate]
        let fetched: ContinuousClock.Instant
    }

    /// A listing on its way; the semaphore is signalled once when it has arrived (or failed).
    private final class Pending: Sendable {
        let arrived = DispatchSemaphore(value: 0)
    }

    private struct State {
        var timeToLive: Duration = .seconds(30)
        var listings: [Key: Listing] = [:]
        var pending: [Key: Pending] = [:]
        /// Bumped by every write: a listing begun before a write is not kept.
        var generation = 0
    }

    private let state = Mutex(State())
    private let executor: ResourceExecutor
    private let context: VerbContext

    init(executor: ResourceExecutor, context: VerbContext) {
        self.executor = executor
        self.context = context
    }

    /// The identifiers of `kind` in the scope `use` selects, waiting at most `budget` for a listing
    /// not cached; `nil` when nothing is known (no scope in use, offline, an error, or still on its
    /// way with nothing cached).
    public func candidates(for kind: ResourceKind, waitingAtMost budget: Duration = .milliseconds(250)) -> [Candidate]? {
        guard let key = key(for: kind) else { return nil }
        let now = ContinuousClock.now
        let (cached, pending) = state.withLock { state -> (Listing?, Pending?) in
            let cached = state.listings[key]
            if let cached, now - cached.fetched < state.timeToLive { return (cached, nil) }
            if let pending = state.pending[key] { return (cached, pending) }
            let pending = Pending()
            state.pending[key] = pending
            let generation = state.generation
            Task { await self.fetch(key, generation: generation, signalling: pending) }
            return (cached, pending)
        }
        guard let pending else { return cached?.candidates }
        let milliseconds = max(0, Int(budget / .milliseconds(1)))
        if pending.arrived.wait(timeout: .now() + .milliseconds(milliseconds)) == .success {
            pending.arrived.signal()  // a later waiter on the same listing does not wait again
        }
        return state.withLock { $0.listings[key]?.candidates } ?? cached?.candidates
    }

    /// Forgets the listings of `kind` (every kind when `nil`), after the session changed them.
    public func invalidate(_ kind: ResourceKind? = nil) {
        state.withLock { state in
            state.generation += 1
            if let kind {
                state.listings = state.listings.filter { $0.key.kind != kind }
            } else {
                state.listings = [:]
            }
        }
    }

    /// The listing's key: the kind with the parents `use` gives it; nil when one is missing or the
    /// kind has a parent `use` cannot give (a function version's function).
    private func key(for kind: ResourceKind) -> Key? {
        let noun = NounTable.noun(kind)
        guard noun.operations[.list] != nil else { return nil }
        var scope: [NounScope: String] = [:]
        for parent in noun.scope {
            switch parent {
            case .service: scope[parent] = context.service?.sid
            case .environment: scope[parent] = context.environment?.sid
            case .function, .asset: return nil
            }
            if scope[parent] == nil { return nil }
        }
        return Key(kind: kind, scope: scope)
    }

    private func fetch(_ key: Key, generation: Int, signalling pending: Pending) async {
        var candidates: [Candidate]?
        do {
            var call = ResourceCall(noun: NounTable.noun(key.kind), action: .list, scope: key.scope, target: nil, arguments: [:])
            call.arguments["page_size"] = .integer(min(100, Self.listingLimit))
            call.arguments["limit"] = .integer(Self.listingLimit)
            var found: [Candidate] = []
            for try await record in try executor.list(call) { found += Self.candidates(from: record) }
            candidates = found
        } catch {
            candidates = nil  // offline or refused: the caller falls back to what it has seen
        }
        state.withLock { state in
            state.pending[key] = nil
            if let candidates, state.generation == generation {
                state.listings[key] = Listing(candidates: candidates, fetched: ContinuousClock.now)
            }
        }
        pending.arrived.signal()
    }

    /// A record's SID, and its unique name and domain suffix when it has them, each described.
    static func candidates(from record: Value) -> [Candidate] {
        guard let sid = record["sid"].stringValue else { return [] }
        let description = describe(record)
        var texts = [sid]
        for field in ["unique_name", "domain_suffix"] {
            if let name = record[field].stringValue, !name.isEmpty { texts.append(name) }
        }
        return texts.filter(isTypable).map { Candidate(text: $0, description: description) }
    }

    /// `Demo service · 2026-12-05`, `completed · node22 · 2026-12-05 10:32`: the fields that tell
    /// resources of a kind apart, server text escaped (a name holding `ESC [2J` clears nothing).
    static func describe(_ record: Value) -> String {
        let fields = ["friendly_name", "unique_name", "path", "key", "status", "runtime", "domain_name", "date_created"]
        var parts: [String] = []
        for field in fields {
            let value = record[field]
            guard case .string = value, var text = value.stringValue, !text.isEmpty else {
                if case .time = value { parts.append(String(ScalarText.text(value).prefix(16)).replacingOccurrences(of: "T", with: " ")) }
                continue
            }
            if field == "date_created" { text = String(text.prefix(16)).replacingOccurrences(of: "T", with: " ") }
            if field == "unique_name", parts.contains(text) { continue }
            parts.append(text)
        }
        return StandardErrorText.escaping.shown(parts.prefix(4).joined(separator: " · "))
    }

    /// Whether `text` can stand in a typed line: no spaces, quotes or control characters.
    static func isTypable(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && $0 != "\"" && $0 != "'" }
    }
}
