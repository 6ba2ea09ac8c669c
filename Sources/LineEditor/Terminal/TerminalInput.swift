#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The terminal's input bytes, read one at a time, with a way for other threads to wake the
/// reader early: an interrupt (Ctrl-C at the prompt) or a change of window size.
///
/// The reader waits in `poll` on the terminal and on a private pipe; `requestInterrupt` and
/// `requestResize` set a flag and write one byte into the pipe, so they are safe from any thread.
/// An interrupt is only accepted between `beginReading` and `endReading`, so one that arrives
/// while a command runs is left to whoever runs the command.
final class TerminalInput: Sendable {
    /// What waiting for input produced.
    enum Event: Equatable {
        case byte(UInt8)
        case interrupted
        case resized
        case endOfInput
        case failure(errno: Int32)
    }

    let descriptor: Int32
    private let wakeReader: Int32
    private let wakeWriter: Int32
    private let interruptState = Mutex(InterruptState())
    private let resizePending = Atomic<Bool>(false)

    /// Reads from `descriptor`; nil when the wake-up pipe cannot be made.
    init?(descriptor: Int32) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        self.descriptor = descriptor
        self.wakeReader = ends[0]
        self.wakeWriter = ends[1]
    }

    deinit {
        close(wakeReader)
        close(wakeWriter)
    }

    private struct InterruptState {
        var reading = false
        var pending = false
    }

    /// Marks the start of reading a line: interrupts are accepted from now on.
    func beginReading() {
        interruptState.withLock { $0 = InterruptState(reading: true, pending: false) }
        drainWakeups()
    }

    /// Marks the end of reading a line; returns whether an interrupt arrived that the reader did
    /// not act on yet (after the line was already accepted).
    func endReading() -> Bool {
        interruptState.withLock { state in
            defer { state = InterruptState() }
            return state.pending
        }
    }

    /// Makes the reader return `.interrupted` as soon as possible. Returns false, and does nothing,
    /// when no line is being read.
    func requestInterrupt() -> Bool {
        let accepted = interruptState.withLock { state in
            guard state.reading else { return false }
            state.pending = true
            return true
        }
        if accepted { poke() }
        return accepted
    }

    private func takeInterrupt() -> Bool {
        interruptState.withLock { state in
            defer { state.pending = false }
            return state.pending
        }
    }

    /// Makes the reader return `.resized` as soon as possible.
    func requestResize() {
        resizePending.store(true, ordering: .sequentiallyConsistent)
        poke()
    }

    /// Waits for the next byte or wake-up. `beforeWaiting` runs once when no byte is ready yet and
    /// the call is about to block (the editor draws its hint then).
    func next(beforeWaiting: () -> Void) -> Event {
        var announced = false
        while true {
            if takeInterrupt() {
                drainWakeups()
                return .interrupted
            }
            if resizePending.exchange(false, ordering: .sequentiallyConsistent) {
                drainWakeups()
                return .resized
            }
            var watched = [
                pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wakeReader, events: Int16(POLLIN), revents: 0),
            ]
            let timeout: Int32 = announced ? -1 : 0
            let ready = poll(&watched, nfds_t(watched.count), timeout)
            if ready < 0 {
                if errno == EINTR { continue }
                return .failure(errno: errno)
            }
            if ready == 0 {
                announced = true
                beforeWaiting()
                continue
            }
            if watched[1].revents != 0 {
                drainWakeups()
                continue
            }
            if watched[0].revents != 0 {
                var byte: UInt8 = 0
                let count = read(descriptor, &byte, 1)
                if count == 1 { return .byte(byte) }
                if count == 0 { return .endOfInput }
                if errno == EINTR || errno == EAGAIN { continue }
                return .failure(errno: errno)
            }
        }
    }

    private func poke() {
        var byte: UInt8 = 1
        _ = write(wakeWriter, &byte, 1)
    }

    private func drainWakeups() {
        var scratch = [UInt8](repeating: 0, count: 64)
        while read(wakeReader, &scratch, scratch.count) > 0 {}
    }
}
