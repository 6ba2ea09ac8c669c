/// A problem found in source text before it runs (a syntax error), as a value.
///
/// Turning a diagnostic into text is the job of ``DiagnosticRenderer``.
public struct Diagnostic: Equatable, Sendable, Error {
    /// How serious the problem is.
    public enum Severity: String, Equatable, Sendable {
        /// The source cannot run.
        case error
        /// The source runs but probably does not do what was meant.
        case warning
    }

    /// How serious the problem is.
    public var severity: Severity
    /// The message, without location (`expected '}' to close the block`).
    public var message: String
    /// Where the problem is.
    public var range: SourceRange
    /// A replacement the user probably meant, shown as "did you mean ...?".
    public var suggestion: String?
    /// Related places, such as where an unclosed bracket opened.
    public var notes: [Note]

    /// A related place shown after the diagnostic (`note: the '[' opened here`).
    public struct Note: Equatable, Sendable {
        /// What the place is.
        public var message: String
        /// Where it is.
        public var range: SourceRange

        /// Creates a note.
        public init(message: String, range: SourceRange) {
            self.message = message
            self.range = range
        }
    }

    /// Creates a diagnostic.
    public init(severity: Severity = .error, message: String, range: SourceRange, suggestion: String? = nil, notes: [Note] = []) {
        self.severity = severity
        self.message = message
        self.range = range
        self.suggestion = suggestion
        self.notes = notes
    }
}
