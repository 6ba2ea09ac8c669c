import Foundation
import ServerlessClient
import ServerlessVerbs

/// Where this run's API requests go: the embedded sandbox (no credentials, or `--sandbox`), or
/// Twilio (or `--api-url`) with the credentials of `-p`, the environment or the active profile,
/// chosen by twilio-cli's rules (``CredentialResolution``).
struct ApiBackend: Sendable {
    /// The client every verb uses.
    let client: ServerlessClient
    /// The context shown in the prompt: `sandbox`, or the account (`AC1234…cdef`).
    let label: String
    /// The one line said at start: which backend, and where its data lives (never a secret).
    let banner: String
    /// The in-process sandbox, when this run uses one (started by the first request).
    let sandbox: EmbeddedSandbox?
    /// Where each setting came from, for `explain config`.
    let settings: ResolvedSettings

    /// Why no backend could be set up.
    enum SetupError: Error, Equatable {
        /// The credentials or URL in the environment or on the command line are not usable.
        case configuration(String)

        /// The explanation for the user.
        var message: String {
            switch self {
            case .configuration(let text): text
            }
        }
    }

    /// Chooses and starts the backend for `options`: credentials from `-p`, the environment or the
    /// active twilio-cli profile (``CredentialResolution``), else, when nothing points anywhere (or
    /// with `--sandbox`), the sandbox. `warn` receives what was read but not used; `--verbose`
    /// traces go to `terminal`'s standard error.
    static func connect(_ options: LaunchOptions, terminal: TerminalOutput, warn: (String) -> Void) throws(SetupError)
        -> ApiBackend
    {
        if options.forceSandbox { return sandbox(options, terminal: terminal, reason: "--sandbox") }
        switch try credentials(options).resolve() {
        case .twilio(var configuration, let source, let origin, let warnings):
            warnings.forEach(warn)
            configuration.apply(options, terminal: terminal)
            let account = configuration.credentials.accountSid ?? configuration.credentials.username
            let label = AccountLabel.short(account)
            let banner = "buildsh \(BuildShellVersion.current) · account \(label) (\(source)) · \(configuration.endpoints.apiBaseURL)"
            return ApiBackend(
                client: ServerlessClient(configuration: configuration), label: label, banner: banner, sandbox: nil,
                settings: HostSettings.twilio(options, configuration: configuration, origin: origin))
        case .sandbox(let reason):
            return sandbox(options, terminal: terminal, reason: reason)
        }
    }

    /// twilio-cli's choice of credentials for `options` (`-p`, the environment, the active
    /// profile), with `--api-url` in place of `BUILDSH_API_URL`.
    static func credentials(_ options: LaunchOptions) -> CredentialResolution {
        var resolution = CredentialResolution(environment: options.environment, profile: options.profile)
        if let apiURL = options.apiURL {
            resolution.environment["BUILDSH_API_URL"] = apiURL
            resolution.apiURLSource = "--api-url"
        }
        return resolution
    }

    /// The embedded sandbox's backend; the sandbox itself starts on the first request. `observer`
    /// sees each exchange too (after `--verbose`'s trace).
    static func sandbox(_ options: LaunchOptions, terminal: TerminalOutput, reason: String, observer: ExchangeObserver? = nil)
        -> ApiBackend
    {
        let directories = XDGDirectories(environment: options.environment)
        let path = options.sandboxDataPath ?? directories.data + "/sandbox.sqlite"
        let sandbox = EmbeddedSandbox(path: path, buildTime: options.sandboxBuildTime)
        let client = sandbox.client { configuration in
            configuration.apply(options, terminal: terminal)
            if let observer, let traced = configuration.observer {
                configuration.observer = { event in
                    traced(event)
                    observer(event)
                }
            } else if let observer {
                configuration.observer = observer
            }
        }
        let banner = "buildsh \(BuildShellVersion.current) · sandbox (\(reason)) · data in \(directories.abbreviated(path))"
        return ApiBackend(
            client: client, label: "sandbox", banner: banner, sandbox: sandbox,
            settings: HostSettings.sandbox(options, path: path, shownPath: directories.abbreviated(path)))
    }

    /// The embedded sandbox on a rehearsal's copy of the account (`path`): its stored account is the
    /// live account's SID with a token of the copy's own.
    static func rehearsal(on path: String, options: LaunchOptions, terminal: TerminalOutput) -> ApiBackend {
        let sandbox = EmbeddedSandbox(path: path, buildTime: options.sandboxBuildTime)
        let client = sandbox.client { $0.apply(options, terminal: terminal) }
        let banner = "buildsh \(BuildShellVersion.current) · rehearsal on a copy of the account"
        return ApiBackend(
            client: client, label: "rehearsal", banner: banner, sandbox: sandbox,
            settings: HostSettings.sandbox(options, path: path, shownPath: path))
    }

    /// Closes the client and stops the sandbox.
    func shutdown() async {
        try? await client.shutdown()
        await sandbox?.shutdown()
    }
}

extension ServerlessClient.Configuration {
    /// The command line's say in the client, whichever backend: `--verbose` (traced on `terminal`)
    /// and `--max-requests`.
    mutating func apply(_ options: LaunchOptions, terminal: TerminalOutput) {
        observer = options.verbose ? VerboseTrace.observer(writingTo: terminal) : nil
        if let limit = options.maxRequests { maxConcurrentRequests = limit }
    }
}

/// An account SID shortened for the prompt: `AC1234…cdef`.
enum AccountLabel {
    static func short(_ sid: String) -> String {
        sid.count > 12 ? "\(sid.prefix(6))…\(sid.suffix(4))" : sid
    }
}

/// `--verbose`: each request and response on stderr, as the client describes them, through the
/// terminal's one rule for stderr (secret redacted, server text escaped); in presenter mode a
/// variable's value is hidden from the bodies too (``PresenterMode/traced(body:)``).
enum VerboseTrace {
    static func observer(writingTo terminal: TerminalOutput) -> ExchangeObserver {
        { event in
            var event = event
            event.body = event.body.map(terminal.presenter.traced(body:))
            terminal.standardError("\(event)\n")
        }
    }
}
