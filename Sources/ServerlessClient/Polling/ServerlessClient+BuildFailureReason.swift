import Foundation
import Synchronization

/// A Build together with the reason the server gave for its failure, if any.
public struct BuildWithFailureReason: Sendable, Equatable {
    /// The Build as fetched.
    public var build: Build
    /// Why it failed, when the server said: the local sandbox sends it in the
    /// `X-Sandbox-Failure-Reason` header; Twilio's Build resource carries no reason.
    public var failureReason: String?

    /// Makes the pair.
    public init(build: Build, failureReason: String?) {
        self.build = build
        self.failureReason = failureReason
    }
}

extension ServerlessClient {
    /// The response header the sandbox explains a failed build with.
    public static let failureReasonHeader = "X-Sandbox-Failure-Reason"

    /// Fetches a Build and the failure reason its response carries (see ``BuildWithFailureReason``).
    ///
    /// The transport does not hand response headers to callers, so the fetch is made by a short-lived
    /// client with the same configuration whose exchange observer reads the header (the configured
    /// observer still sees every event). Meant for the rare failed build, not for polling.
    public func fetchBuildWithFailureReason(service: String, build: String) async throws -> BuildWithFailureReason {
        let reason = FailureReasonSlot()
        var configuration = configuration
        let forward = configuration.observer
        configuration.observer = { event in
            forward?(event)
            guard case .response = event.phase else { return }
            if let header = event.headers.first(where: { $0.name.lowercased() == Self.failureReasonHeader.lowercased() }) {
                reason.set(header.value)
            }
        }
        let fetched = try await ServerlessClient.withClient(configuration: configuration) { client in
            try await client.fetchBuild(service: service, build: build)
        }
        let text = reason.value?.trimmingCharacters(in: .whitespaces)
        return BuildWithFailureReason(build: fetched, failureReason: text?.isEmpty == false ? text : nil)
    }
}

/// The failure reason seen by the observer of ``ServerlessClient/fetchBuildWithFailureReason(service:build:)``.
private final class FailureReasonSlot: Sendable {
    private let slot = Mutex<String?>(nil)
    func set(_ text: String) { slot.withLock { $0 = text } }
    var value: String? { slot.withLock { $0 } }
}
