import Foundation
import ServerlessSandbox
import TestSupport
import Testing
@testable import ServerlessClient

/// A read-only client (what `sandbox import` and a rehearsal use on the live account) sends GET
/// requests and refuses every other one before it reaches the network.
@Suite struct ReadOnlyModeTests {
    @Test func everyRequestButGetIsRefusedBeforeItIsSent() async throws {
        try await SandboxHarness.run { server, writable in
            let service = try await writable.createService(uniqueName: "kept", friendlyName: "Kept")
            let function = try await writable.createFunction(service: service.sid, friendlyName: "hello")
            var configuration = SandboxHarness.configuration(for: server)
            configuration.isReadOnly = true
            let client = ServerlessClient(configuration: configuration)
            defer { Task { try? await client.shutdown() } }
            let before = server.requestCount()

            #expect(try await client.listServices().collect().map(\.sid) == [service.sid])
            #expect(try await client.fetchFunction(service: service.sid, function: function.sid).sid == function.sid)
            #expect(server.requestCount() == before + 2)

            let refusals: [(String, @Sendable () async throws -> Void)] = [
                ("POST", { _ = try await client.createService(uniqueName: "new", friendlyName: "New") }),
                ("POST", { _ = try await client.updateService(service: service.sid, friendlyName: "Renamed") }),
                ("DELETE", { try await client.deleteFunction(service: service.sid, function: function.sid) }),
                ("DELETE", { try await client.deleteService(service: service.sid) }),
                ("POST", {
                    _ = try await client.createFunctionVersion(
                        service: service.sid, function: function.sid, path: "/hello", visibility: .public,
                        content: Data("exports.handler = () => {}".utf8), fileName: "hello.js",
                        contentType: "application/javascript")
                }),
            ]
            for (method, call) in refusals {
                do {
                    try await call()
                    Issue.record("\(method) was sent by a read-only client")
                } catch let error as ServerlessError {
                    guard case .refusedInReadOnlyMode(let request) = error else {
                        Issue.record("unexpected \(error)")
                        continue
                    }
                    #expect(request.method == method)
                    #expect(request.attempts == 0)
                    #expect("\(error)".contains("read-only"))
                    #expect("\(error)".hasSuffix("nothing was sent"))
                }
            }
            // Nothing of the refused requests reached the server, and nothing changed.
            #expect(server.requestCount() == before + 2)
            #expect(server.requestCount(method: "POST") == 2)
            #expect(server.requestCount(method: "DELETE") == 0)
            #expect(try await writable.fetchService(service: service.sid).friendlyName == "Kept")
        }
    }

    @Test func theModeIsOffByDefaultAndShownInTheDescription() {
        var configuration = ServerlessClient.Configuration(credentials: .authToken(accountSid: SandboxHarness.accountSid, authToken: "t"))
        #expect(!configuration.isReadOnly)
        #expect(!configuration.description.contains("read-only"))
        configuration.isReadOnly = true
        #expect(configuration.description.hasSuffix(", read-only"))
    }
}
