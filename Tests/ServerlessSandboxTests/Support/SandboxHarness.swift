import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import ServerlessSandbox

/// Two accounts every test sandbox accepts.
let primaryAccount = SandboxAccount(sid: "AC" + String(repeating: "1", count: 32), authToken: "token-one")
let otherAccount = SandboxAccount(sid: "AC" + String(repeating: "2", count: 32), authToken: "token-two")

/// A decoded response: status, headers and the JSON body (if any).
struct APIResponse: @unchecked Sendable {
    var status: Int
    var headers: HTTPHeaders
    var body: Data

    var json: [String: Any] { ((try? JSONSerialization.jsonObject(with: body)) as? [String: Any]) ?? [:] }
    subscript(_ key: String) -> Any? { json[key] }
    func string(_ key: String) -> String? { json[key] as? String }
    func list(_ key: String) -> [[String: Any]] { (json[key] as? [[String: Any]]) ?? [] }
    var meta: [String: Any] { (json["meta"] as? [String: Any]) ?? [:] }
    var code: Int? { json["code"] as? Int }
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A sandbox started in-process on an ephemeral port, and a small HTTP client for it.
struct SandboxHarness: Sendable {
    let server: SandboxServer

    /// Starts a sandbox, runs `body` against it, and shuts it down whatever happens.
    static func with(
        buildTime: Duration = .milliseconds(200), storage: SandboxStorage = .inMemory, seed: UInt64? = nil,
        configure: (inout SandboxConfiguration) -> Void = { _ in },
        _ body: (SandboxHarness) async throws -> Void
    ) async throws {
        var configuration = SandboxConfiguration(
            storage: storage, accounts: [primaryAccount, otherAccount], buildTime: buildTime, seed: seed
        )
        configure(&configuration)
        let server = try await SandboxServer.start(configuration)
        do {
            try await body(SandboxHarness(server: server))
        } catch {
            try await server.shutdown()
            throw error
        }
        try await server.shutdown()
    }

    var base: String { server.baseURL.absoluteString }

    /// Sends a request to an API path (`/v1/...`) or an absolute URL, form-encoding `form`.
    func send(
        _ method: HTTPMethod, _ pathOrURL: String, form: [(String, String)] = [],
        as account: SandboxAccount? = primaryAccount, authorization: String? = nil
    ) async throws -> APIResponse {
        var request = HTTPClientRequest(url: pathOrURL.hasPrefix("http") ? pathOrURL : base + pathOrURL)
        request.method = method
        if let header = authorization ?? account.map(Self.basic) { request.headers.add(name: "Authorization", value: header) }
        if !form.isEmpty {
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            request.body = .bytes(ByteBuffer(string: Self.encode(form)))
        }
        return try await execute(request)
    }

    /// Uploads a version with a multipart body, as the Serverless Toolkit does.
    func upload(
        _ collectionPath: String, path: String, visibility: String = "public", content: String,
        as account: SandboxAccount = primaryAccount
    ) async throws -> APIResponse {
        let boundary = "----sandbox-test-boundary"
        var body = ""
        for (name, value) in [("Path", path), ("Visibility", visibility)] {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"Content\"; filename=\"file.js\"\r\n"
        body += "Content-Type: application/javascript\r\n\r\n\(content)\r\n--\(boundary)--\r\n"
        var request = HTTPClientRequest(url: base + collectionPath)
        request.method = .POST
        request.headers.add(name: "Authorization", value: Self.basic(account))
        request.headers.add(name: "Content-Type", value: "multipart/form-data; boundary=\(boundary)")
        request.body = .bytes(ByteBuffer(string: body))
        return try await execute(request)
    }

    func execute(_ request: HTTPClientRequest, timeout: TimeAmount = .seconds(30)) async throws -> APIResponse {
        let response = try await HTTPClient.shared.execute(request, timeout: timeout)
        let buffer = try await response.body.collect(upTo: 16 * 1024 * 1024)
        return APIResponse(status: Int(response.status.code), headers: response.headers, body: Data(buffer.readableBytesView))
    }

    static func basic(_ account: SandboxAccount) -> String {
        "Basic " + Data("\(account.sid):\(account.authToken)".utf8).base64EncodedString()
    }

    static func encode(_ form: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return form.map { name, value in
            "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)"
        }.joined(separator: "&")
    }
}
