import Synchronization

/// One injected failure: the next `times` requests matching `method` and `pathContains` fail.
public struct SandboxFault: Sendable, Equatable, Codable {
    /// When, and how, a matching request fails.
    public enum Phase: String, Sendable, Equatable, Codable {
        /// Answer with the error before the request is handled: nothing changes on the server.
        case beforeHandling
        /// Handle the request fully (a build *is* created), then answer with the error instead.
        case afterHandling
        /// Handle the request fully, then close the connection without any response.
        case dropConnection
        /// Close the connection without any response before the request is handled.
        case dropBeforeHandling
    }

    /// The HTTP method to match (case-insensitive); nil matches any.
    public var method: String?
    /// A substring the request path must contain; nil matches any path.
    public var pathContains: String?
    /// The HTTP status of the injected error response (outside 100–599, 500 is answered).
    public var status: Int
    /// The Twilio error code in the body; defaults to the status for unusual statuses.
    public var code: Int
    /// Seconds sent in a `Retry-After` header, when set.
    public var retryAfter: Int?
    /// When the fault applies.
    public var phase: Phase
    /// How many matching requests fail before the fault is used up.
    public var times: Int

    /// Makes a fault. `code` defaults to 20429 for 429, 20500 for 5xx, else the status itself.
    public init(
        method: String? = nil, pathContains: String? = nil, status: Int = 500, code: Int? = nil,
        retryAfter: Int? = nil, phase: Phase = .beforeHandling, times: Int = 1
    ) {
        self.method = method
        self.pathContains = pathContains
        self.status = status
        self.code = code ?? Self.defaultCode(status: status)
        self.retryAfter = retryAfter
        self.phase = phase
        self.times = times
    }

    static func defaultCode(status: Int) -> Int {
        switch status {
        case 429: 20429
        case 500...599: 20500
        default: status
        }
    }

    func matches(method requestMethod: String, path: String) -> Bool {
        if let method, method.uppercased() != requestMethod.uppercased() { return false }
        if let pathContains, !path.contains(pathContains) { return false }
        return true
    }
}

/// The set of armed faults of one server. Thread-safe; shared by the server and its tests.
public final class SandboxFaults: Sendable {
    private let armed = Mutex<[SandboxFault]>([])

    init() {}

    /// Arms a fault; faults are checked in the order they were injected.
    public func inject(_ fault: SandboxFault) {
        guard fault.times > 0 else { return }
        armed.withLock { $0.append(fault) }
    }

    /// Disarms every fault.
    public func clear() {
        armed.withLock { $0.removeAll() }
    }

    /// The faults still armed, with their remaining `times`.
    public var pending: [SandboxFault] {
        armed.withLock { $0 }
    }

    /// Takes one use of the first fault matching this request, if any.
    func consume(method: String, path: String) -> SandboxFault? {
        armed.withLock { faults in
            guard let index = faults.firstIndex(where: { $0.matches(method: method, path: path) }) else { return nil }
            let fault = faults[index]
            faults[index].times -= 1
            if faults[index].times <= 0 { faults.remove(at: index) }
            return fault
        }
    }
}
