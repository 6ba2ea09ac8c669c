import Dispatch
import Foundation

/// Waits for SIGINT or SIGTERM. Creating it replaces the default handlers (which would kill the
/// process) so the sandbox can shut down cleanly.
final class ShutdownSignals {
    private let sources: [any DispatchSourceSignal]
    private let stream: AsyncStream<String>

    init() {
        let (stream, continuation) = AsyncStream<String>.makeStream()
        self.stream = stream
        sources = [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")].map { number, name in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(name) }
            source.resume()
            return source
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }

    /// The name of the next signal received.
    func next() async -> String {
        for await name in stream { return name }
        return "end of signals"
    }
}
