import Foundation
import Synchronization

/// One run of a program: a snapshot of the interpreter's verbs and options, and the host.
final class Machine: Sendable {
    let interpreter: Interpreter
    let registry: VerbRegistry
    let options: InterpreterOptions
    /// ``InterpreterOptions/limits``, kept apart so hot paths read plain integers.
    let limits: Limits
    let host: any InterpreterHost
    /// Reads the files scripts name (`@path`, `source`), confined to the script's folder in safe mode.
    let files: ScriptFiles
    /// The name of the program this run started with (its paths resolve against ``files``' folder).
    let file: String
    private let progressCounter = Atomic<Int>(0)

    init(interpreter: Interpreter, baseDirectory: String?, file: String) {
        self.file = file
        self.interpreter = interpreter
        let state = interpreter.state.withLock { $0 }
        self.registry = state.registry
        self.options = state.options
        self.limits = state.options.limits
        self.host = interpreter.host
        self.files = ScriptFiles(baseDirectory: baseDirectory, confined: state.options.safeMode)
        // This run's verbs may differ from the last one's: procedures check their calls anew.
        CallCompiler.definitions.add(1, ordering: .relaxed)
    }

    func nextProgressID() -> Int { progressCounter.add(1, ordering: .relaxed).newValue }

    func run(_ program: Program, scope: Scope) async -> Outcome {
        let frame = Frame(machine: self, scope: scope, calls: nil, output: nil)
        do throws(Unwind) {
            return .success(try await execute(program.statements, frame))
        } catch {
            switch error {
            case .error(let runtime): return .failure(runtime)
            case .exit(let code): return .exit(code)
            case .cancelled: return .cancelled
            case .returned(let value): return .success(value)
            case .breakLoop, .continueLoop: return .success(.null)
            }
        }
    }

}

/// Collects the output of a parallel loop body so it can be flushed in input order.
final class OutputBuffer: Sendable {
    private let items = Mutex<[(Value, SourceRange)]>([])

    func append(_ value: Value, _ range: SourceRange) { items.withLock { $0.append((value, range)) } }

    func drain() -> [(Value, SourceRange)] { items.withLock { items in defer { items = [] }; return items } }
}

/// The state of one line of execution: scope, current pipeline item, procedure stack, output.
final class Frame: @unchecked Sendable {
    let machine: Machine
    let scope: Scope
    /// The record a pipeline stage is looking at (`$_`, and bare field names).
    var item: Value?
    /// The procedure calls this line of execution is inside, innermost first.
    let calls: CallChain?
    let output: OutputBuffer?
    /// Set once a destructive loop was confirmed, so nested loops do not ask again.
    var confirmed = false
    /// How many `source` statements are running inside each other on this line of execution.
    var sourceDepth = 0

    init(machine: Machine, scope: Scope, calls: CallChain?, output: OutputBuffer?, item: Value? = nil) {
        self.machine = machine
        self.scope = scope
        self.calls = calls
        self.output = output
        self.item = item
    }

    /// A frame for evaluating pipeline stage expressions with `item` as the current record.
    func withItem(_ item: Value?) -> Frame {
        let frame = Frame(machine: machine, scope: scope, calls: calls, output: output, item: item)
        frame.confirmed = confirmed
        frame.sourceDepth = sourceDepth
        return frame
    }

    /// The procedure stack as errors show it, innermost call first.
    var callStack: [StackFrame] {
        var stack: [StackFrame] = []
        var link = calls
        while let current = link {
            stack.append(current.frame)
            link = current.caller
        }
        return stack
    }

    /// How many procedure calls this line of execution is inside.
    var callDepth: Int { calls?.depth ?? 0 }

    func emit(_ value: Value, _ range: SourceRange) async throws(Unwind) {
        try await deliver(value, range) { try await $0.output(value, from: range) }
    }

    /// Sends printed text to the host (or, while output is collected, as a string value).
    func print(_ text: String, _ range: SourceRange) async throws(Unwind) {
        try await deliver(.string(text), range) { try await $0.print(text, from: range) }
    }

    /// Collects `value` when output is being collected, otherwise hands it to the host by `send`;
    /// a host's error becomes the statement's.
    private func deliver(
        _ value: Value, _ range: SourceRange, to send: (any InterpreterHost) async throws -> Void
    ) async throws(Unwind) {
        if let output {
            output.append(value, range)
            return
        }
        do {
            try await send(machine.host)
        } catch {
            throw Unwind.from(error, at: range, stack: callStack)
        }
    }

    func error(_ message: String, at range: SourceRange, suggestion: String? = nil, usage: String? = nil) -> Unwind {
        .error(RuntimeError(message, at: range, suggestion: suggestion, usage: usage, callStack: callStack))
    }
}

/// One procedure call on the stack, linked to the call it was made from: a call adds one link
/// rather than copying the stack, which errors alone read (``Frame/callStack``).
final class CallChain: Sendable {
    let frame: StackFrame
    let caller: CallChain?
    let depth: Int

    init(_ frame: StackFrame, caller: CallChain?) {
        self.frame = frame
        self.caller = caller
        self.depth = (caller?.depth ?? 0) + 1
    }
}
