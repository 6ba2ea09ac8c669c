import Foundation
import ServerlessClient

/// The live account a snapshot is read from: the credentials a run would use (`-p`, the
/// environment, the active profile, `--api-url`), on a client that is read-only
/// (`Configuration.isReadOnly`: anything but a GET is refused before it is sent).
struct LiveAccount {
    let client: ServerlessClient
    let accountSid: String
    /// `AC1234…cdef at https://serverless.twilio.com`, for messages.
    let label: String

    /// Connects with `options`' credentials; there must be some (a snapshot of the sandbox is its
    /// data file already). `onRequest` is told of every request sent, for the summary's count.
    static func connect(_ options: LaunchOptions, terminal: TerminalOutput, onRequest: @escaping @Sendable () -> Void)
        throws(ApiBackend.SetupError) -> LiveAccount
    {
        guard case .twilio(var configuration, _, _, let warnings) = try ApiBackend.credentials(options).resolve() else {
            throw .configuration("no Twilio credentials to read the live account with (set TWILIO_ACCOUNT_SID with an API key or auth token, or use -p)")
        }
        warnings.forEach { terminal.standardError("buildsh: warning: \($0)\n") }
        configuration.apply(options, terminal: terminal)
        configuration.isReadOnly = true
        let traced = configuration.observer
        configuration.observer = { event in
            if event.phase == .request { onRequest() }
            traced?(event)
        }
        guard let account = configuration.credentials.accountSid else {
            throw .configuration("the credentials name no account SID (TWILIO_ACCOUNT_SID)")
        }
        return LiveAccount(
            client: ServerlessClient(configuration: configuration), accountSid: account,
            label: "\(AccountLabel.short(account)) at \(configuration.endpoints.apiBaseURL)")
    }
}
