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
    /// Applied to every piece of text before colour is added: the message, the suggestion, the notes,
    /// the quoted source line and the file name. A host that shows text from elsewhere (a server's
    /// error message, a record in a loop's failure report) passes its escaping and redaction here, so
    /// that the renderer's own colours stay the only control sequences written. As is by default.
    public var shown: @Sendable (String) -> String = { $0 }
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
        var out = render(
            severity: diagnostic.severity.rawValue, message: diagnostic.message, range: diagnostic.range,
            suggestion: diagnostic.suggestion, notes: [])
        for note in diagnostic.notes {
            out += render(severity: "note", message: note.message, range: note.range, suggestion: nil, notes: [])
        }
        return out
    }

    /// Renders all syntax errors, one after another.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    /// Renders a runtime error with its usage line and procedure call stack.
    public func render(_ error: RuntimeError) -> String {
        var notes: [String] = []
        if let usage = error.usage { notes.append(usage) }
        notes += Self.stackNotes(error.callStack)
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
        let lines = shown(message).split(separator: "\n", omittingEmptySubsequences: false)
        var firstLine = lines.first.map(String.init) ?? ""
        if let suggestion { firstLine += " (did you mean '\(shown(suggestion))'?)" }
        let severityText = paint(severity + ":", severity.hasPrefix("error") ? "1;31" : severity == "note" ? "1;36" : "1;35")
        var out = paint("\(shown(range.file)):\(range.start.line):\(range.start.column):", "1") + " \(severityText) \(paint(firstLine, "1"))\n"
        for line in lines.dropFirst() { out += line + "\n" }
        if let text = sourceText(range.file), let whole = Self.line(containing: range.start, of: text) {
            var width = 1
            if range.end.line == range.start.line { width = max(1, range.end.column - range.start.column) }
            let (line, column) = Self.clip(whole, column: range.start.column)
            // The caret is placed under the shown text: escaping or redacting before the column moves it.
            let lead = shown(String(line.prefix(max(0, column - 1))))
            let quoted = shown(line)
            width = min(width, max(1, quoted.count - lead.count))
            out += quoted + "\n"
            let prefix = lead.map { $0 == "\t" ? "\t" : " " }.joined()
            out += prefix + paint("^" + String(repeating: "~", count: width - 1), "1;32") + "\n"
        }
        for note in notes { out += paint("note:", "1;36") + " \(shown(note))\n" }
        return out
    }

    /// The widest source line quoted in full; longer lines show a window around the column.
    static let quotedLineWidth = 160

    /// The line holding `location`, found from its byte offset (no walk over earlier lines).
    static func line(containing location: SourceLocation, of text: String) -> String? {
        let bytes = text.utf8
        guard location.offset >= 0, location.offset <= bytes.count else { return nil }
        let at = bytes.index(bytes.startIndex, offsetBy: location.offset)
        let start = bytes[..<at].lastIndex(of: UInt8(ascii: "\n")).map { bytes.index(after: $0) } ?? bytes.startIndex
        let end = bytes[at...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        var line = text[start..<end]
        if line.hasSuffix("\r") { line = line.dropLast() }
        return String(line)
    }

    /// A long line cut to a window around `column` (`…` marks the cuts), and the column in it.
    static func clip(_ line: String, column: Int) -> (String, Int) {
        guard line.count > quotedLineWidth else { return (line, column) }
        let characters = Array(line)
        let lead = quotedLineWidth / 3
        let first = max(0, min(column - 1 - lead, characters.count - quotedLineWidth))
        let last = min(characters.count, first + quotedLineWidth)
        let head = first > 0 ? "…" : ""
        let tail = last < characters.count ? "…" : ""
        return (head + String(characters[first..<last]) + tail, column - first + head.count)
    }

    /// Notes for a call stack, innermost first; a run of the same call repeated (recursion) shows
    /// its first frames and then one line for the rest.
    static func stackNotes(_ stack: [StackFrame]) -> [String] {
        var notes: [String] = []
        var index = 0
        while index < stack.count {
            let frame = stack[index]
            var run = 1
            while index + run < stack.count, stack[index + run] == frame { run += 1 }
            let shown = run > 4 ? 3 : run
            for _ in 0..<shown { notes.append("in \(frame.procedure)() called at \(frame.callRange)") }
            if run > shown { notes.append("… \(run - shown) more calls of \(frame.procedure)() from the same place") }
            index += run
        }
        return notes
    }
}
