import Foundation

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

    /// Turns anything a verb body, stream or host threw into an unwind at `range`: a
    /// ``ScriptError`` keeps its message, code, details and location; a Foundation error its
    /// description; anything else is reported as the internal error it is, by its type's name.
    static func from(_ error: any Error, at range: SourceRange, stack: [StackFrame]) -> Unwind {
        switch error {
        case let unwind as Unwind: return unwind
        case let runtime as RuntimeError: return .error(runtime)
        case is CancellationError: return .cancelled
        case let diagnostic as Diagnostic:
            return .error(RuntimeError(diagnostic.message, at: diagnostic.range, suggestion: diagnostic.suggestion, callStack: stack))
        case let visible as any ScriptError:
            return .error(
                RuntimeError(
                    visible.scriptMessage, at: visible.scriptRange ?? range, code: visible.scriptCode,
                    details: visible.scriptDetails, callStack: stack))
        case let described as any LocalizedError:
            return .error(RuntimeError(described.localizedDescription, at: range, callStack: stack))
        default:
            return .error(RuntimeError("internal error: \(type(of: error)) has no message for scripts", at: range, callStack: stack))
        }
    }
}
