import Foundation
import Hummingbird

/// Checks HTTP Basic credentials — an account's `AC…:token` or one of its API keys' `SK…:secret` —
/// against the accepted ones; 20003 when missing or wrong. A refused request is only counted.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext

    /// What a credential SID (account or API key) maps to: its secret and the account it acts for.
    private struct Credential {
        var secret: String
        var account: SandboxAccount
    }

    private let credentials: [String: Credential]
    /// Each credential's header as clients send it, `Basic ` and the base64 of `SID:secret`: a
    /// header equal to one of these is that credential without decoding it (most of an
    /// authenticated fetch's own time went to decoding and trimming the header).
    private let canonicalHeaders: [String: (header: String, account: SandboxAccount)]
    let log: RequestLog

    init(accounts: [SandboxAccount], apiKeys: [SandboxAPIKey], log: RequestLog) {
        var credentials: [String: Credential] = [:]
        for account in accounts { credentials[account.sid] = Credential(secret: account.authToken, account: account) }
        for key in apiKeys {
            guard let owner = accounts.first(where: { $0.sid == (key.accountSid ?? accounts.first?.sid) }) else { continue }
            credentials[key.sid] = Credential(secret: key.secret, account: owner)
        }
        self.credentials = credentials
        canonicalHeaders = credentials.reduce(into: [:]) { headers, entry in
            let header = Self.basicHeader(sid: entry.key, secret: entry.value.secret)
            headers[header] = (header, entry.value.account)
        }
        self.log = log
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let account = account(for: request) else {
            log.recordUnauthenticated()
            throw SandboxAPIError.unauthenticated
        }
        var context = context
        context.account = account
        return try await next(request, context)
    }

    private func account(for request: Request) -> SandboxAccount? {
        guard let header = request.headers[.authorization] else { return nil }
        // String equality is Unicode-canonical: the bytes must match too.
        if let known = canonicalHeaders[header], known.header.utf8.elementsEqual(header.utf8) { return known.account }
        guard header.lowercased().hasPrefix("basic "),
              let decoded = Data(base64Encoded: String(header.dropFirst(6)).trimmingCharacters(in: .whitespaces)),
              let text = String(data: decoded, encoding: .utf8),
              let colon = text.firstIndex(of: ":")
        else { return nil }
        let sid = String(text[..<colon])
        let secret = String(text[text.index(after: colon)...])
        guard let credential = credentials[sid], Self.constantTimeEqual(credential.secret, secret) else { return nil }
        return credential.account
    }

    static func basicHeader(sid: String, secret: String) -> String {
        "Basic " + Data("\(sid):\(secret)".utf8).base64EncodedString()
    }

    private static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8)
        let right = Array(b.utf8)
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
