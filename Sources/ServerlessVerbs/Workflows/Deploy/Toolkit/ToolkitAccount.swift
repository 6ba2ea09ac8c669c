import Foundation
import ServerlessClient

/// Who the toolkit's files are keyed by: the account SID and the region. twilio-run keys
/// `.twiliodeployinfo` and `projects.*` of its configuration by the account SID — the user name when
/// it is one (`AC…`), else the account the Twilio CLI profile names — never by an API key SID; the
/// region is `--region`, else `us1`. buildsh takes the account from its credentials (an API key with
/// `TWILIO_ACCOUNT_SID` beside it counts) and the region from the API host it talks to
/// (`serverless.<edge>.<region>.twilio.com`; any other host, such as the sandbox's, is `us1`).
struct ToolkitAccount: Equatable, Sendable {
    /// `AC…`, or nil when the credentials name no account (an API key alone).
    let accountSid: String?
    /// `us1`, `ie1`, `au1`.
    let region: String

    /// The account and region of `configuration`.
    init(_ configuration: ServerlessClient.Configuration) {
        let credentials = configuration.credentials
        accountSid = [credentials.username, credentials.accountSid].compactMap { $0 }.first { $0.hasPrefix("AC") }
        region = Self.region(apiBaseURL: configuration.endpoints.apiBaseURL)
    }

    init(accountSid: String?, region: String) {
        self.accountSid = accountSid
        self.region = region
    }

    /// The region of a Twilio API host: the label before `twilio.com` when there is one between it
    /// and `serverless`, else `us1`.
    static func region(apiBaseURL: String) -> String {
        guard let host = URLComponents(string: apiBaseURL)?.host?.lowercased(), host.hasSuffix(".twilio.com") else { return "us1" }
        let labels = host.split(separator: ".").dropLast(2)
        guard labels.count >= 2, labels.first == "serverless", let region = labels.last else { return "us1" }
        return String(region)
    }
}
