import Foundation
import Testing
@testable import BuildScript

/// `Unwind.from`, the one place a thrown error becomes the script's error: what each kind of error
/// keeps.
@Suite("Unwind.from")
struct UnwindTests {
    private static let call = SourceRange(file: "s.bsh", start: SourceLocation(line: 3, column: 1, offset: 20),
                                          end: SourceLocation(line: 3, column: 9, offset: 28))
    private static let argument = SourceRange(file: "s.bsh", start: SourceLocation(line: 3, column: 6, offset: 25),
                                              end: SourceLocation(line: 3, column: 9, offset: 28))
    private static let stack = [StackFrame(procedure: "deploy_all", callRange: call)]

    /// A host's error that a script may see, with everything it can carry.
    private struct HostError: ScriptError {
        var scriptMessage: String { "quota exceeded" }
        var scriptCode: Int? { 20429 }
        var scriptDetails: Value? { ["retry_after": 3] }
        var scriptRange: SourceRange? { UnwindTests.argument }
    }

    /// A host's error with the message alone.
    private struct PlainError: ScriptError {
        var scriptMessage: String { "no such thing" }
    }

    /// An error that was never given a message for scripts.
    private struct Oddity: Error {}

    private func runtimeError(_ error: any Error) throws -> RuntimeError {
        guard case .error(let runtime) = Unwind.from(error, at: Self.call, stack: Self.stack) else {
            Issue.record("expected an error unwind for \(error)")
            throw CancellationError()
        }
        return runtime
    }

    @Test func aScriptErrorKeepsItsCodeDetailsAndRange() throws {
        let error = try runtimeError(HostError())
        #expect(error.message == "quota exceeded")
        #expect(error.code == 20429)
        #expect(error.details == ["retry_after": 3])
        #expect(error.range == Self.argument)
        #expect(error.callStack == Self.stack)
        #expect(error.errorValue == ErrorValue(message: "quota exceeded", code: 20429, details: ["retry_after": 3]))
    }

    @Test func aScriptErrorWithoutARangeIsAtTheCall() throws {
        let error = try runtimeError(PlainError())
        #expect(error.message == "no such thing")
        #expect(error.code == nil)
        #expect(error.details == nil)
        #expect(error.range == Self.call)
    }

    @Test func anUnknownErrorSaysItHasNoMessageForScripts() throws {
        let error = try runtimeError(Oddity())
        #expect(error.message == "internal error: Oddity has no message for scripts")
        #expect(error.code == nil)
        #expect(error.range == Self.call)
        #expect(error.callStack == Self.stack)
    }

    @Test func aRuntimeErrorAndCancellationPassThrough() throws {
        let original = RuntimeError("division by zero", at: Self.argument, code: 7)
        #expect(try runtimeError(original) == original)
        guard case .cancelled = Unwind.from(CancellationError(), at: Self.call, stack: Self.stack) else {
            Issue.record("a cancellation stays a cancellation")
            return
        }
    }
}
