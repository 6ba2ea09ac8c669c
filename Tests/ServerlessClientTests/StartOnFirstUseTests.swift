import Foundation
import ServerlessSandbox
import Synchronization
import TestSupport
import Testing
@testable import ServerlessClient

/// A client whose backend starts on the first request (how `buildsh` runs its embedded sandbox).
@Suite struct StartOnFirstUseTests {
    /// A sandbox started by the first call of `start`, counting the calls; `failures` calls fail first.
    final class Backend: Sendable {
        let starts = Mutex(0)
        let failures: Int
        let server = Mutex<SandboxServer?>(nil)

        init(failures: Int = 0) { self.failures = failures }

        func start() async throws -> ServerlessClient.Configuration {
            let attempt = starts.withLock { count in
                count += 1
                return count
            }
            if attempt <= failures { throw ServerlessError.backendDidNotStart(reason: "start \(attempt) failed") }
            let started = try await SandboxServer.start(SandboxConfiguration(
                storage: .inMemory,
                accounts: [SandboxAccount(sid: SandboxHarness.accountSid, authToken: SandboxHarness.authToken)]))
            server.withLock { $0 = started }
            return SandboxHarness.configuration(for: started)
        }

        func stop() async throws {
            try await server.withLock { $0 }?.shutdown()
        }
    }

    @Test func nothingStartsUntilTheFirstRequestAndConcurrentFirstRequestsShareOneStart() async throws {
        let backend = Backend()
        let client = ServerlessClient(startingOnFirstUse: { try await backend.start() })
        #expect(client.configuration == nil)
        #expect(backend.starts.withLock { $0 } == 0)
        #expect(client.description == "ServerlessClient(not started)")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask { _ = try await client.listServices().collect() }
            }
            try await group.waitForAll()
        }
        #expect(backend.starts.withLock { $0 } == 1)
        #expect(client.configuration?.credentials.accountSid == SandboxHarness.accountSid)
        let service = try await client.createService(uniqueName: "lazy", friendlyName: "Lazy")
        #expect(try await client.listServices().collect().map(\.sid) == [service.sid])
        try await client.shutdown()
        try await backend.stop()
    }

    @Test func aFailedStartFailsThatRequestAndTheNextOneTriesAgain() async throws {
        let backend = Backend(failures: 1)
        let client = ServerlessClient(startingOnFirstUse: { try await backend.start() })
        await #expect(throws: ServerlessError.backendDidNotStart(reason: "start 1 failed")) {
            _ = try await client.fetchService(service: "anything")
        }
        #expect("\(ServerlessError.backendDidNotStart(reason: "start 1 failed"))" == "start 1 failed; nothing was sent")
        #expect(client.configuration == nil)
        #expect(try await client.listServices().collect().isEmpty)
        #expect(backend.starts.withLock { $0 } == 2)
        try await client.shutdown()
        try await backend.stop()
    }

    @Test func aClientNeverUsedShutsDownWithoutStartingAndRefusesLaterRequests() async throws {
        let backend = Backend()
        let client = ServerlessClient(startingOnFirstUse: { try await backend.start() })
        try await client.shutdown()
        #expect(backend.starts.withLock { $0 } == 0)
        await #expect(throws: ServerlessError.self) { _ = try await client.listServices().collect() }
        #expect(backend.starts.withLock { $0 } == 0)
    }

    @Test func aClientMadeWithAConfigurationKnowsItAtOnce() async throws {
        let configuration = ServerlessClient.Configuration(
            credentials: .authToken(accountSid: SandboxHarness.accountSid, authToken: SandboxHarness.authToken),
            endpoints: .twilio())
        let client = ServerlessClient(configuration: configuration)
        #expect(client.configuration?.endpoints == .twilio())
        try await client.shutdown()
    }
}
