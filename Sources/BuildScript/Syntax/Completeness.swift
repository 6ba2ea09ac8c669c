extension Parser {
    /// Whether `source` is a complete input, or the REPL should ask for a continuation line: it is
    /// incomplete inside an open `{`, `[`, `(` or string, after a trailing `\`, or after a trailing
    /// `|`, `,`, `=` or binary operator. Input with syntax errors of any other kind is complete
    /// (so that running it reports them).
    static func isComplete(_ source: String) -> Bool {
        var lexer = Lexer(source, file: "<input>")
        let tokens = lexer.tokenize()
        if lexer.endedInsideString || lexer.openBrackets > 0 { return false }
        var trimmed = Substring(source)
        while let last = trimmed.last, last == " " || last == "\t" || last == "\n" || last == "\r" { trimmed.removeLast() }
        if trimmed.hasSuffix("\\") { return false }
        let significant = tokens.last { $0.kind != .eof && $0.kind != .newline }
        switch significant?.kind {
        case .pipe?, .comma?, .assign?, .plusAssign?: return false
        case .op?: return significant?.spaceBefore == false
        case .word("and")?, .word("or")?, .word("not")?: return false
        default: return true
        }
    }
}
