/// Turns diagnostics and runtime errors into text:
///
/// ```
/// cleanup.bsh:12:9: error: unknown noun 'biuld' for 'delete' (did you mean 'build'?)
///     delete biuld $b
///            ^~~~~
/// ```
///
/// A runtime error that carries an API error code names it where the severity stands, as Twilio's
/// own tools do: `deploy.bsh:4:1: error 20001: At least one Function Version or Asset Version is required for Build`.
public struct DiagnosticRenderer: Sendable {
    /// Whether to use ANSI colours (only on a terminal).
    public var colour: Bool
    private let sourceText: @Sendable (String) -> String?

    /// Creates a renderer; `sourceText` returns the text of a file by name (for the quoted line).
    public init(colour: Bool = false, sourceText: @escaping @Sendable (String) -> String?) {
        self.colour = colour
        self.sourceText = sourceText
    }

    /// A renderer reading sources from an interpreter's memory of what it ran.
    public init(interpreter: Interpreter, colour: Bool = false) {
        self.init(colour: colour) { [interpreter] file in interpreter.sourceText(of: file) }
    }

    /// Renders a syntax error.
    public func render(_ diagnostic: Diagnostic) -> String {
        render(
            severity: diagnostic.severity.rawValue, message: diagnostic.message, range: diagnostic.range,
            suggestion: diagnostic.suggestion, notes: [])
    }

    /// Renders all syntax errors, one after another.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    /// Renders a runtime error with its usage line and procedure call stack.
    public func render(_ error: RuntimeError) -> String {
        var notes: [String] = []
        if let usage = error.usage { notes.append(usage) }
        for frame in error.callStack {
            notes.append("in \(frame.procedure)() called at \(frame.callRange)")
        }
        let severity = error.code.map { "error \($0)" } ?? "error"
        return render(severity: severity, message: error.message, range: error.range, suggestion: error.suggestion, notes: notes)
    }

    /// Renders an outcome's problem, or `nil` for success, exit and cancellation.
    public func render(_ outcome: Outcome) -> String? {
        switch outcome {
        case .syntaxErrors(let diagnostics): return render(diagnostics)
        case .failure(let error): return render(error)
        case .success, .exit, .cancelled: return nil
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func render(severity: String, message: String, range: SourceRange, suggestion: String?, notes: [String]) -> String {
        var firstLine = message.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? message
        if let suggestion { firstLine += " (did you mean '\(suggestion)'?)" }
        let rest = message.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
        let severityText = paint(severity + ":", severity.hasPrefix("error") ? "1;31" : "1;35")
        var out = paint("\(range.file):\(range.start.line):\(range.start.column):", "1") + " \(severityText) \(paint(firstLine, "1"))\n"
        for line in rest { out += line + "\n" }
        if let text = sourceText(range.file), let line = Self.line(range.start.line, of: text) {
            out += line + "\n"
            let prefix = line.prefix(max(0, range.start.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
            var width = 1
            if range.end.line == range.start.line { width = max(1, range.end.column - range.start.column) }
            out += prefix + paint("^" + String(repeating: "~", count: width - 1), "1;32") + "\n"
        }
        for note in notes { out += paint("note:", "1;36") + " \(note)\n" }
        return out
    }

    static func line(_ number: Int, of text: String) -> String? {
        var current = 1
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == number { return String(line.hasSuffix("\r") ? line.dropLast() : line) }
            current += 1
        }
        return nil
    }
}
