import AsyncHTTPClient
import Foundation
import NIOCore
import ServerlessSandbox
import Testing

/// Bodies over the limits get a 4xx in Twilio's shape; text is kept exactly or refused with 20001.
@Suite("Bad input")
struct BadInputTests {
    func rawPost(_ sandbox: SandboxHarness, _ path: String, body: ByteBuffer, contentType: String) async throws -> APIResponse {
        try await rawPost(sandbox, path, body: body, contentType: contentType, timeout: .seconds(30))
    }

    func rawPost(_ sandbox: SandboxHarness, _ path: String, body: ByteBuffer, contentType: String, timeout: TimeAmount) async throws -> APIResponse {
        var request = HTTPClientRequest(url: sandbox.base + path)
        request.method = .POST
        request.headers.add(name: "Authorization", value: SandboxHarness.basic(primaryAccount))
        request.headers.add(name: "Content-Type", value: contentType)
        request.body = .bytes(body)
        return try await sandbox.execute(request, timeout: timeout)
    }

    func multipart(visibility: String, contentBytes: Int) -> (ByteBuffer, String) {
        let boundary = "----limit-test"
        var buffer = ByteBuffer()
        for (name, value) in [("Path", "/big"), ("Visibility", visibility)] {
            buffer.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        buffer.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"Content\"; filename=\"big.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        buffer.writeRepeatingByte(UInt8(ascii: "a"), count: contentBytes)
        buffer.writeString("\r\n--\(boundary)--\r\n")
        return (buffer, "multipart/form-data; boundary=\(boundary)")
    }

    func expectTooLarge(_ response: APIResponse) {
        #expect(response.status == 413)
        #expect(response.code == 20001)
        #expect(response.string("more_info") == "https://www.twilio.com/docs/errors/20001")
        #expect(!response.text.contains("NIO"))
    }

    @Test func aFormOverOneMegabyteIs413() async throws {
        try await SandboxHarness.with { sandbox in
            var body = ByteBuffer(string: "UniqueName=big&FriendlyName=")
            body.writeRepeatingByte(UInt8(ascii: "a"), count: 1024 * 1024)
            expectTooLarge(try await rawPost(sandbox, "/v1/Services", body: body, contentType: "application/x-www-form-urlencoded"))
            #expect(try await sandbox.send(.GET, "/v1/Services").list("services").isEmpty)
        }
    }

    @Test func uploadsOverTwilios25MegabytesAre413() async throws {
        try await SandboxHarness.with { sandbox in
            let service = try await sandbox.createService()
            let asset = try await sandbox.createAsset(service)
            let (body, type) = multipart(visibility: "public", contentBytes: 26 * 1024 * 1024)
            // 26 MB through a debug build on a loaded machine: allow it time.
            expectTooLarge(try await rawPost(
                sandbox, "/v1/Services/\(service)/Assets/\(asset)/Versions", body: body, contentType: type, timeout: .seconds(180)))
        }
    }

    @Test func privateContentOver10MegabytesIs413() async throws {
        try await SandboxHarness.with { sandbox in
            let service = try await sandbox.createService()
            let asset = try await sandbox.createAsset(service)
            let path = "/v1/Services/\(service)/Assets/\(asset)/Versions"
            // The multipart parser is slow in a debug build: allow it time on a loaded machine.
            let (privateBody, type) = multipart(visibility: "private", contentBytes: 10 * 1024 * 1024 + 1)
            expectTooLarge(try await rawPost(sandbox, path, body: privateBody, contentType: type, timeout: .seconds(180)))
            let (publicBody, publicType) = multipart(visibility: "public", contentBytes: 1024 * 1024)
            #expect(try await rawPost(sandbox, path, body: publicBody, contentType: publicType).status == 201)
        }
    }

    @Test(arguments: ["FriendlyName=a%00b", "FriendlyName=%FF%FE", "FriendlyName=ok&Name%00=x"])
    func textThatCannotBeKeptIsRefusedWith20001(form: String) async throws {
        try await SandboxHarness.with { sandbox in
            let service = try await sandbox.createService()
            let response = try await rawPost(sandbox, "/v1/Services/\(service)/Functions", body: ByteBuffer(string: form), contentType: "application/x-www-form-urlencoded")
            #expect(response.status == 400)
            #expect(response.code == 20001)
            #expect(try await sandbox.send(.GET, "/v1/Services/\(service)/Functions").list("functions").isEmpty)
        }
    }

    @Test func variableKeysWithNULNoLongerCollide() async throws {
        try await SandboxHarness.with { sandbox in
            let service = try await sandbox.createService()
            let environment = try sandbox.expect(201, "environment", try await sandbox.send(.POST, "/v1/Services/\(service)/Environments", form: [("UniqueName", "dev")])).string("sid") ?? ""
            let path = "/v1/Services/\(service)/Environments/\(environment)/Variables"
            #expect(try await sandbox.send(.POST, path, form: [("Key", "A"), ("Value", "1")]).status == 201)
            for key in ["A\u{0}X", "A\u{0}Y"] {
                #expect(try await sandbox.send(.POST, path, form: [("Key", key), ("Value", "2")]).code == 20001)
            }
        }
    }

    @Test func aNULInAnUploadedPathIsRefused() async throws {
        try await SandboxHarness.with { sandbox in
            let service = try await sandbox.createService()
            let function = try await sandbox.createFunction(service)
            let response = try await sandbox.upload("/v1/Services/\(service)/Functions/\(function)/Versions", path: "/a\u{0}b", content: "x")
            #expect(response.code == 20001)
        }
    }
}
