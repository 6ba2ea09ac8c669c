import Synchronization

/// The state the verbs keep for a session: the current service and environment set by `use`,
/// and the identifiers seen in results (for completion). Shared by every verb of an interpreter.
public final class VerbContext: Sendable {
    /// A service or environment chosen with `use`.
    public struct Selection: Sendable, Equatable {
        /// Its SID.
        public let sid: String
        /// Its unique name, for the prompt (`sandbox:demo>`).
        public let uniqueName: String?

        /// The name people know it by: the unique name, else the SID.
        public var displayName: String { uniqueName ?? sid }
    }

    private struct State {
        var service: Selection?
        var environment: Selection?
    }

    private let state = Mutex(State())
    /// SIDs and unique names seen in results.
    public let seen: SeenIdentifiers

    /// Creates an empty context.
    public init(seen: SeenIdentifiers = SeenIdentifiers()) {
        self.seen = seen
    }

    /// The service set by `use service`, if any.
    public var service: Selection? { state.withLock { $0.service } }

    /// The environment set by `use environment`, if any (always inside ``service``).
    public var environment: Selection? { state.withLock { $0.environment } }

    /// Sets the service; a different service clears the environment.
    func use(service: Selection?) {
        state.withLock { state in
            if state.service?.sid != service?.sid { state.environment = nil }
            state.service = service
        }
    }

    /// Sets the environment.
    func use(environment: Selection?) {
        state.withLock { $0.environment = environment }
    }

    /// The context for a prompt: `demo`, `demo/production`, or nil when nothing is selected.
    public var promptLabel: String? {
        state.withLock { state in
            guard let service = state.service else { return nil }
            return [service.displayName, state.environment?.displayName].compactMap { $0 }.joined(separator: "/")
        }
    }
}
