/// How evaluation leaves the normal path: errors and non-local control flow.
enum Unwind: Error {
    case error(RuntimeError)
    case returned(Value)
    case breakLoop
    case continueLoop
    case exit(Int)
    case cancelled

    /// The error to throw out of a stream the host consumes (hosts see only public error types).
    var publicError: any Error {
        switch self {
        case .error(let runtime): return runtime
        case .cancelled: return CancellationError()
        default: return RuntimeError("'break', 'continue', 'return' or 'exit' cannot leave a pipeline", at: .unknown)
        }
    }

    /// Turns anything a verb body, stream or host threw into an unwind at `range`.
    static func from(_ error: any Error, at range: SourceRange, stack: [StackFrame]) -> Unwind {
        switch error {
        case let unwind as Unwind: return unwind
        case let runtime as RuntimeError: return .error(runtime)
        case let verb as VerbError:
            return .error(RuntimeError(verb.message, at: range, code: verb.code, details: verb.details, callStack: stack))
        case is CancellationError: return .cancelled
        case let diagnostic as Diagnostic:
            return .error(RuntimeError(diagnostic.message, at: diagnostic.range, suggestion: diagnostic.suggestion, callStack: stack))
        default:
            return .error(RuntimeError(String(describing: error), at: range, callStack: stack))
        }
    }
}
