/// What `break` and `continue` mean to the loop whose body throws them, written once for every
/// loop: `while` and `foreach`, walked or compiled, and the bodies of parallel loops.
enum LoopControl {
    /// Whether the loop goes on after a pass of its body ended with `unwind`: `continue` ends the
    /// pass (the loop goes on), `break` ends the loop; anything else leaves the loop too.
    @inline(__always)
    static func goesOn(after unwind: Unwind) throws(Unwind) -> Bool {
        switch unwind {
        case .continueLoop: return true
        case .breakLoop: return false
        default: throw unwind
        }
    }

    /// Runs one pass of a compiled body; whether the loop goes on.
    @inline(__always)
    static func pass(_ body: CompiledStatement, _ machine: Machine, _ frame: Frame) throws(Unwind) -> Bool {
        do throws(Unwind) {
            try body(machine, frame)
        } catch {
            return try goesOn(after: error)
        }
        return true
    }
}

/// Cancellation for loops that never suspend: every 64th pass looks whether the task was cancelled
/// (looking at every pass would cost more than a small body).
struct CancellationPoll {
    private var passes = 0

    @inline(__always)
    mutating func check() throws(Unwind) {
        passes &+= 1
        if passes & 63 == 0, Task.isCancelled { throw .cancelled }
    }
}
