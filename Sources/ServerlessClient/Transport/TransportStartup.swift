import Foundation
import Synchronization

/// The client's transport, made on the first request rather than with the client, so a run that
/// sends nothing starts no event loop, no connection pool and no backend.
///
/// The configuration comes either with the client, or from a backend that starts on first use (an
/// embedded sandbox, whose port and account exist only once it runs). Concurrent first requests
/// share one start; a start that fails is tried again by the next request.
final class TransportStartup: Sendable {
    typealias Start = @Sendable () async throws -> ServerlessClient.Configuration

    private enum State {
        case waiting
        case starting(Task<HTTPTransport, any Error>)
        case started(HTTPTransport)
        case shutDown
    }

    private let start: Start
    /// The configuration given up front (nil for a backend that starts on first use).
    let givenConfiguration: ServerlessClient.Configuration?
    private let state = Mutex(State.waiting)

    init(configuration: ServerlessClient.Configuration) {
        givenConfiguration = configuration
        start = { configuration }
    }

    init(start: @escaping Start) {
        givenConfiguration = nil
        self.start = start
    }

    /// The transport, made (and its backend started) if this is the first request.
    func transport() async throws -> HTTPTransport {
        let current: State = state.withLock { state in
            if case .waiting = state {
                let start = self.start
                state = .starting(Task { HTTPTransport(configuration: try await Self.configuration(from: start)) })
            }
            return state
        }
        let task: Task<HTTPTransport, any Error>
        switch current {
        case .started(let transport): return transport
        case .starting(let starting): task = starting
        case .waiting, .shutDown: throw ServerlessError.invalidArgument("the client was shut down")
        }
        do {
            let transport = try await task.value
            state.withLock { if case .starting = $0 { $0 = .started(transport) } }
            return transport
        } catch {
            state.withLock { if case .starting = $0 { $0 = .waiting } }
            throw error
        }
    }

    /// The configuration requests use, once known: the given one, or the started backend's.
    var configuration: ServerlessClient.Configuration? {
        if let givenConfiguration { return givenConfiguration }
        return state.withLock { state in
            if case .started(let transport) = state { return transport.configuration }
            return nil
        }
    }

    /// Closes the transport if one was made (waiting for a start in progress); later requests fail.
    func shutdown() async throws {
        let current = state.withLock { state in
            defer { state = .shutDown }
            return state
        }
        switch current {
        case .started(let transport):
            try await transport.shutdown()
        case .starting(let task):
            if let transport = try? await task.value { try await transport.shutdown() }
        case .waiting, .shutDown:
            break
        }
    }

    /// Runs `start`, reporting a failure that is not already the client's own as the backend's.
    private static func configuration(from start: Start) async throws -> ServerlessClient.Configuration {
        do {
            return try await start()
        } catch let error as ServerlessError {
            throw error
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            let reason = (error as? any LocalizedError)?.errorDescription ?? "the backend failed to start (\(type(of: error)))"
            throw ServerlessError.backendDidNotStart(reason: reason)
        }
    }
}
