import Synchronization

/// One injected failure: the next `times` requests matching `method` and `pathContains` fail.
///
/// Faults apply only to requests that authenticated. One armed over HTTP belongs to the account
/// that armed it and only ever affects that account's requests.
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
    /// The account whose requests the fault affects; nil (only from Swift) affects every account.
    public var accountSid: String?

    /// Makes a fault. `code` defaults to 20429 for 429, 20500 for 5xx, else the status itself.
    public init(
        method: String? = nil, pathContains: String? = nil, status: Int = 500, code: Int? = nil,
        retryAfter: Int? = nil, phase: Phase = .beforeHandling, times: Int = 1, accountSid: String? = nil
    ) {
        self.method = method
        self.pathContains = pathContains
        self.status = status
        self.code = code ?? Self.defaultCode(status: status)
        self.retryAfter = retryAfter
        self.phase = phase
        self.times = times
        self.accountSid = accountSid
    }

    static func defaultCode(status: Int) -> Int {
        switch status {
        case 429: 20429
        case 500...599: 20500
        default: status
        }
    }

    func matches(account: String, method requestMethod: String, path: String) -> Bool {
        if let accountSid, accountSid != account { return false }
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

    /// Disarms every fault, or with an account only the faults that account armed.
    public func clear(account: String? = nil) {
        armed.withLock { faults in faults.removeAll { fault in account.map { fault.accountSid == $0 } ?? true } }
    }

    /// The faults still armed, with their remaining `times`.
    public var pending: [SandboxFault] {
        armed.withLock { $0 }
    }

    /// The faults this account armed that are still armed.
    public func pending(account: String) -> [SandboxFault] {
        armed.withLock { $0.filter { $0.accountSid == account } }
    }

    /// Takes one use of the first fault matching this authenticated request, if any.
    func consume(account: String, method: String, path: String) -> SandboxFault? {
        armed.withLock { faults in
            guard let index = faults.firstIndex(where: { $0.matches(account: account, method: method, path: path) }) else { return nil }
            let fault = faults[index]
            faults[index].times -= 1
            if faults[index].times <= 0 { faults.remove(at: index) }
            return fault
        }
    }
}
