import Hummingbird
import NIOCore

/// The per-request context: Hummingbird's core storage, the connection (so a fault can drop it) and
/// the account the request authenticated as.
struct SandboxRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The connection the request arrived on.
    let channel: any Channel
    /// Set by `AuthenticationMiddleware` once the credentials check out.
    var account: SandboxAccount?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }

    /// Uploads may be larger than Hummingbird's 2 MB default (see `BodyLimits`).
    var maxUploadSize: Int { BodyLimits.upload }

    /// The authenticated account's SID; the middleware guarantees it on every API route.
    func accountSid() throws -> String {
        guard let account else { throw SandboxAPIError.unauthenticated }
        return account.sid
    }
}

extension SandboxRequestContext {
    /// The authenticated account and the `{service}` of the matched route.
    func servicePath() throws -> ServicePath {
        ServicePath(account: try accountSid(), service: try parameters.require("service"))
    }

    /// The authenticated account and the `{service}` and `{environment}` of the matched route.
    func environmentPath() throws -> EnvironmentPath {
        EnvironmentPath(servicePath: try servicePath(), environment: try parameters.require("environment"))
    }

    /// A path parameter the route pattern guarantees.
    func parameter(_ name: String) throws -> String {
        try parameters.require(name)
    }
}

extension Request {
    /// Whether this is one of the sandbox's own control routes (`/sandbox/...`), not Twilio's API.
    var isControlRequest: Bool { uri.path.hasPrefix("/sandbox/") }
}
