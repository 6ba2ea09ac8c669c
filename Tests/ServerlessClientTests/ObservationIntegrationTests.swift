import Foundation
import Logging
import ServerlessSandbox
import TestSupport
import Testing
@testable import ServerlessClient

/// What a `--verbose` observer sees, and the shared concurrency limit.
@Suite(.serialized) struct ObservationIntegrationTests {
    @Test func observerSeesRequestsAndResponsesWithCredentialsRedacted() async throws {
        let events = Recorder<ExchangeEvent>()
        try await SandboxHarness.run(observer: { events.append($0) }) { server, client in
            _ = try await client.createService(uniqueName: "seen", friendlyName: "Seen by observer")
            server.faults.inject(SandboxFault(method: "GET", status: 503, phase: .beforeHandling, times: 1))
            _ = try await client.listServices().collect()
            _ = try? await client.fetchService(service: "missing")
        }
        let all = events.values
        let text = all.map(\.description).joined(separator: "\n")
        #expect(!text.contains(SandboxHarness.authToken))
        #expect(text.contains("Authorization: Basic [redacted]"))
        #expect(text.contains("UniqueName=seen&FriendlyName=Seen%20by%20observer"))
        let phases = all.map(\.phase)
        #expect(phases.contains(.request))
        #expect(phases.contains(.response(status: 201)))
        #expect(phases.contains(.response(status: 503)))
        #expect(phases.contains(.response(status: 404)))
        #expect(phases.contains { if case .retryScheduled = $0 { true } else { false } })
    }

    @Test func oneLimitIsSharedByEverything() async throws {
        try await SandboxHarness.run(maxConcurrentRequests: 3) { server, client in
            let service = try await client.createService(uniqueName: "limit", friendlyName: "Limit").sid
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<30 {
                    group.addTask {
                        if index.isMultiple(of: 2) {
                            _ = try await client.fetchService(service: service)
                        } else {
                            _ = try await client.listEnvironments(service: service).collect()
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await client.startup.transport().limiter.peakInUse == 3)
            #expect(server.requestCount(method: "GET") == 30)
        }
    }
}

/// A log handler that keeps every message, to check what reaches the logs.
struct RecordingLogHandler: LogHandler {
    let messages: Recorder<String>
    var logLevel: Logger.Level = .debug
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        messages.append(event.message.description)
    }
}

@Suite(.serialized) struct LoggingIntegrationTests {
    @Test func debugLogsShowExchangesWithoutTheSecret() async throws {
        let messages = Recorder<String>()
        try await SandboxHarness.run { server, _ in
            var configuration = SandboxHarness.configuration(for: server)
            configuration.logger = Logger(label: "test") { _ in RecordingLogHandler(messages: messages) }
            try await ServerlessClient.withClient(configuration: configuration) { client in
                _ = try await client.createService(uniqueName: "logged", friendlyName: "Logged")
                _ = try? await client.fetchService(service: "absent")
            }
        }
        let text = messages.values.joined(separator: "\n")
        #expect(text.contains("> POST"))
        #expect(text.contains("< 404 GET"))
        #expect(text.contains("Basic [redacted]"))
        #expect(!text.contains(SandboxHarness.authToken))
    }
}
