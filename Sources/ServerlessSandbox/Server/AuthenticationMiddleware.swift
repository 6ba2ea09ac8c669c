import Foundation
import Hummingbird

/// Checks HTTP Basic credentials against the accepted accounts; 20003 when missing or wrong.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext

    /// Auth tokens by account SID.
    let tokens: [String: String]

    init(accounts: [SandboxAccount]) {
        tokens = Dictionary(accounts.map { ($0.sid, $0.authToken) }, uniquingKeysWith: { _, last in last })
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let account = account(for: request) else { throw SandboxAPIError.unauthenticated }
        var context = context
        context.account = account
        return try await next(request, context)
    }

    private func account(for request: Request) -> SandboxAccount? {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("basic "),
              let decoded = Data(base64Encoded: String(header.dropFirst(6)).trimmingCharacters(in: .whitespaces)),
              let text = String(data: decoded, encoding: .utf8),
              let colon = text.firstIndex(of: ":")
        else { return nil }
        let sid = String(text[..<colon])
        let token = String(text[text.index(after: colon)...])
        guard let expected = tokens[sid], Self.constantTimeEqual(expected, token) else { return nil }
        return SandboxAccount(sid: sid, authToken: expected)
    }

    private static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8)
        let right = Array(b.utf8)
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
