import Foundation
import Synchronization

/// Reads a yes/no answer from standard input (the terminal, in cooked mode while a command runs)
/// without holding up the caller's executor, and gives up when the task is cancelled (Ctrl-C),
/// so no reader is left behind to steal the next line typed at the prompt.
enum ConfirmationReader {
    /// The line typed, or nil on end of input or cancellation.
    static func readAnswer() async -> String? {
        let cancelled = CancellationFlag()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                Thread {
                    continuation.resume(returning: readLine(until: cancelled))
                }.start()
            }
        } onCancel: {
            cancelled.set()
        }
    }

    private static func readLine(until cancelled: CancellationFlag) -> String? {
        var bytes: [UInt8] = []
        while !cancelled.isSet {
            var watched = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            let ready = poll(&watched, 1, 100)
            if ready < 0 && errno != EINTR { return nil }
            guard ready > 0 else { continue }
            var byte: UInt8 = 0
            guard read(0, &byte, 1) == 1 else { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
            bytes.append(byte)
        }
        return nil
    }
}

/// A flag set once from any thread.
final class CancellationFlag: Sendable {
    private let value = Atomic<Bool>(false)
    var isSet: Bool { value.load(ordering: .acquiring) }
    func set() { value.store(true, ordering: .releasing) }
}
