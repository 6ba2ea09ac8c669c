import BuildScript
import ServerlessClient

/// A build that ended `failed`, as `deploy` and `await` report it: the build, its service (by
/// unique name when the verb knows it), and the server's reason when it gave one (the sandbox does,
/// in its `X-Sandbox-Failure-Reason` header; Twilio's Build resource carries none).
public struct BuildFailure: Equatable, Sendable {
    /// The build (`ZB…`).
    public let build: String
    /// The service's unique name, else its SID.
    public let service: String
    /// The build's runtime (`node22`), when known.
    public let runtime: String?
    /// Why it failed, as the server said (already escaped and redacted by the client).
    public let reason: String?

    /// Describes one failed build.
    public init(build: String, service: String, runtime: String?, reason: String?) {
        self.build = build
        self.service = service
        self.runtime = runtime
        self.reason = reason
    }

    /// Fetches the reason the server gives for `build`'s failure; a failure to fetch it leaves it
    /// unknown (the build failed either way).
    static func explained(
        build: String, serviceSid: String, serviceName: String, runtime: String?, client: ServerlessClient
    ) async -> BuildFailure {
        let explained = try? await client.fetchBuildWithFailureReason(service: serviceSid, build: build)
        return BuildFailure(build: build, service: serviceName, runtime: runtime, reason: explained?.failureReason)
    }

    /// `build ZB… of service demo failed: Function /broken is empty`, or, without a reason,
    /// `build ZB… of service demo failed, and Twilio gave no reason`.
    var headline: String {
        let subject = "build \(build) of service \(service) failed"
        return reason.map { "\(subject): \($0)" } ?? "\(subject), and Twilio gave no reason"
    }

    /// What to check when the server gave no reason; `dependencies` says where they come from
    /// (`package.json` for a deploy).
    func advice(dependenciesIn dependencies: String?) -> String {
        Self.advice(dependenciesIn: dependencies, runtime: runtime, service: service)
    }

    /// What to check for a build that failed without a reason, of `service` when one is named.
    static func advice(dependenciesIn dependencies: String?, runtime: String?, service: String?) -> String {
        "Check that every dependency version \(dependencies.map { "in \($0)" } ?? "of the build") exists on npm and "
            + "supports \(runtime ?? "its runtime"), that each function is valid JavaScript exporting a handler, and "
            + "the build's log in the Twilio Console (Functions and Assets › Services\(service.map { " › \($0)" } ?? ""))"
    }

    /// The headline, then the advice when there is no reason: the message of a failed deploy.
    func message(dependenciesIn dependencies: String?) -> String {
        reason == nil ? headline + ". " + advice(dependenciesIn: dependencies) : headline
    }

    /// `{build, service, reason}` for a script's `$e.details`.
    var details: Value {
        ["build": .string(build), "service": .string(service), "reason": reason.map(Value.string) ?? .null]
    }
}

extension [BuildFailure] {
    /// The message of `await` when builds failed without `allow_failed=true`: one build as a
    /// failed deploy says it; several (`total` of them, these the first) a line each.
    func awaitMessage(total: Int) -> String {
        let hint = "pass allow_failed=true to get the failed record"
        if total == 1, let one = first {
            return one.headline + " (\(hint))" + (one.reason == nil ? ". " + one.advice(dependenciesIn: nil) : "")
        }
        var lines = ["\(total) builds failed (\(hint)s):"] + map { "  " + $0.headline }
        if total > count { lines.append("  … and \(total - count) more") }
        if contains(where: { $0.reason == nil }) {
            lines.append("For those without a reason: " + BuildFailure.advice(dependenciesIn: nil, runtime: nil, service: nil))
        }
        return lines.joined(separator: "\n")
    }
}
