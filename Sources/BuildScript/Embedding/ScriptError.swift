/// An error a script can see. A verb body, a stream or a host throws any error conforming to it,
/// and the interpreter turns it into the script's error at the call: `catch e` reads
/// ``scriptMessage`` as `$e.message`, ``scriptCode`` as `$e.code` and ``scriptDetails`` as
/// `$e.details`; diagnostics show `error CODE: MESSAGE` at ``scriptRange`` (else at the call).
///
/// A host makes its own error types conform once, where they are declared (or where the module
/// binding them to the language is), instead of converting them at every call site:
///
/// ```swift
/// extension ServerlessError: ScriptError {
///     public var scriptMessage: String { description }
///     public var scriptCode: Int? { if case .api(let failure) = self { failure.code } else { nil } }
/// }
/// ```
public protocol ScriptError: Error {
    /// The message without a location (the language adds `file:line:col: error:`).
    var scriptMessage: String { get }
    /// A numeric code such as Twilio's `20001`, or `nil`.
    var scriptCode: Int? { get }
    /// Structured detail for `$e.details`, or `nil`.
    var scriptDetails: Value? { get }
    /// Where in the source the error lies when that is more precise than the whole call (an
    /// argument), or `nil` for the call.
    var scriptRange: SourceRange? { get }
}

extension ScriptError {
    /// No code by default.
    public var scriptCode: Int? { nil }
    /// No details by default.
    public var scriptDetails: Value? { nil }
    /// The whole call by default.
    public var scriptRange: SourceRange? { nil }
}

extension VerbError: ScriptError {
    /// ``message``.
    public var scriptMessage: String { message }
    /// ``code``.
    public var scriptCode: Int? { code }
    /// ``details``.
    public var scriptDetails: Value? { details }
}

extension JSONError: ScriptError {
    /// `invalid JSON at byte N: …`.
    public var scriptMessage: String { "invalid JSON at byte \(offset): \(message)" }
}
