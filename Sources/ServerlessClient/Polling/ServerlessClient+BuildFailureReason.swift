import Foundation

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
    /// The reason is server text: it is shown escaped, with the secret redacted.
    public func fetchBuildWithFailureReason(service: String, build: String) async throws -> BuildWithFailureReason {
        let url = try route(.build, service, build)
        let (transport, request) = try await send(.GET, url)
        let (fetched, response) = try await transport.sendWithResponse(request, decoding: Build.self)
        let text = response.header(Self.failureReasonHeader)?.trimmingCharacters(in: .whitespaces)
        return BuildWithFailureReason(
            build: fetched, failureReason: text?.isEmpty == false ? text.map(transport.shown) : nil)
    }
}
