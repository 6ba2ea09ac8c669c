/// Parses BuildScript source into a ``Program``, reporting every syntax error in one pass.
///
/// After an error the parser skips to the end of the statement (a newline or `;` outside brackets,
/// or the `}` closing the enclosing block) and carries on.
struct Parser {
    struct Abort: Error {}

    var tokens: [Token]
    var position = 0
    let file: String
    let bytes: [UInt8]
    let baseOffset: Int
    /// Whether list and record elements are argument values (bare words are strings), as inside a
    /// command's arguments: `functions=[ZN1, ZN2]`.
    var argumentMode = false
    /// How many loops enclose the current statement (inside the current procedure).
    var loopDepth = 0
    /// How many procedure bodies enclose the current statement.
    var procedureDepth = 0
    /// The bounds on nesting and on the number of errors reported.
    let limits: Limits
    /// How deeply the construct being parsed nests (brackets, blocks, unary operators, operator chains).
    var depth = 0
    /// Set when ``Limits/syntaxErrors`` were reported: the parser stops at once.
    var gaveUp = false
    /// Syntax errors found so far.
    var diagnostics: [Diagnostic] = []

    /// Words that cannot name a command or a variable.
    static let keywords: Set<String> = [
        "let", "if", "else", "while", "foreach", "in", "def", "return", "break", "continue", "try", "catch",
        "exit", "source", "and", "or", "not", "true", "false", "null",
    ]

    /// The names of the built-in pipeline stages (a stage that is none of them is a command).
    static let pipelineStages = ["where", "select", "sort", "first", "count"]

    /// Words that are keywords only in their place: `parallel` in `foreach`, `desc` and `asc` after `sort`.
    static let contextualKeywords = ["parallel", "desc", "asc"]

    /// Creates a parser over `source`; `start` places it inside a larger text (for `${...}`).
    init(_ source: String, file: String, start: SourceLocation = .start, limits: Limits = .standard) {
        var lexer = Lexer(source, file: file, start: start)
        self.tokens = lexer.tokenize()
        self.diagnostics = lexer.diagnostics
        self.limits = limits
        self.file = file
        self.bytes = Array(source.utf8)
        self.baseOffset = start.offset
    }

    /// Parses a whole source text. The program is usable only when the diagnostics are empty.
    /// After ``Limits/syntaxErrors`` errors the rest is not reported (a last diagnostic says so).
    static func parse(_ source: String, file: String, limits: Limits = .standard) -> (program: Program, diagnostics: [Diagnostic]) {
        var parser = Parser(source, file: file, limits: limits)
        let statements = parser.diagnostics.count >= limits.syntaxErrors ? [] : parser.parseStatements(until: nil)
        var diagnostics = parser.diagnostics.enumerated().sorted {
            ($0.element.range.start.offset, $0.offset) < ($1.element.range.start.offset, $1.offset)
        }.map(\.element)
        if diagnostics.count > limits.syntaxErrors {
            let shown = Array(diagnostics.prefix(limits.syntaxErrors))
            let last = shown.last?.range ?? parser.current.range
            diagnostics = shown + [Diagnostic(
                message: "too many errors (\(limits.syntaxErrors) shown); fix these and run again",
                range: SourceRange(file: file, start: last.end, end: last.end))]
        }
        return (Program(statements: statements, file: file), diagnostics)
    }

    // MARK: - Token access

    var current: Token { tokens[position] }

    func peekKind(_ ahead: Int = 1) -> TokenKind {
        let i = min(position + ahead, tokens.count - 1)
        return tokens[i].kind
    }

    func peekToken(_ ahead: Int = 1) -> Token { tokens[min(position + ahead, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    var previousEnd: SourceLocation { position > 0 ? tokens[position - 1].range.end : current.range.start }

    func range(from start: SourceLocation) -> SourceRange {
        SourceRange(file: file, start: start, end: max(previousEnd, start))
    }

    func isWord(_ word: String) -> Bool {
        if case .word(let w) = current.kind { return w == word }
        return false
    }

    var isStatementEnd: Bool {
        switch current.kind {
        case .newline, .semicolon, .eof, .rightBrace: return true
        default: return false
        }
    }

    mutating func skipNewlines() {
        while current.kind == .newline { advance() }
    }

    /// Whether the next non-newline token has `kind`; if so, skips the newlines before it.
    mutating func skipNewlines(ifFollowedBy match: (TokenKind) -> Bool) -> Bool {
        var i = position
        while tokens[i].kind == .newline, i < tokens.count - 1 { i += 1 }
        guard match(tokens[i].kind) else { return false }
        position = i
        return true
    }

    func text(from start: SourceLocation, to end: SourceLocation) -> String {
        let lower = max(0, min(bytes.count, start.offset - baseOffset))
        let upper = max(lower, min(bytes.count, end.offset - baseOffset))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    // MARK: - Errors and recovery

    mutating func error(_ message: String, at range: SourceRange, suggestion: String? = nil) -> Abort {
        report(Diagnostic(message: message, range: range, suggestion: suggestion))
        return Abort()
    }

    /// Records a syntax error; past ``Limits/syntaxErrors`` the parser stops reading.
    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
        if diagnostics.count > limits.syntaxErrors {
            gaveUp = true
            position = tokens.count - 1
        }
    }

    /// Enters one level of nesting (call ``leave()`` on the way out), or fails past ``Limits/syntaxDepth``.
    mutating func enter() throws(Abort) {
        guard depth < limits.syntaxDepth else {
            throw error("nested too deeply (more than \(limits.syntaxDepth) levels of brackets, blocks or operators)", at: current.range)
        }
        depth += 1
    }

    /// Leaves a level entered with ``enter()``.
    mutating func leave() { depth -= 1 }

    /// Enters a level at a `(` (taken), inside which words are not arguments but expressions:
    /// the `(` and the argument mode to give back to ``leaveParentheses(restoring:)``.
    mutating func enterParentheses() throws(Abort) -> (open: Token, savedMode: Bool) {
        try enter()
        let open = advance()
        defer { argumentMode = false }
        return (open, argumentMode)
    }

    /// Leaves a level entered with ``enterParentheses()``, with the argument mode it saved.
    mutating func leaveParentheses(restoring savedMode: Bool) {
        argumentMode = savedMode
        leave()
    }

    /// Counts one more operator in a chain (`a + b + c` nests to the left): past
    /// ``Limits/syntaxDepth`` the expression is too deeply nested.
    mutating func chain(_ length: inout Int) throws(Abort) {
        length += 1
        guard depth + length <= limits.syntaxDepth else {
            throw error("expression nested too deeply (more than \(limits.syntaxDepth) operators in a chain)", at: current.range)
        }
    }

    mutating func expected(_ what: String) -> Abort {
        error("expected \(what) but found \(current.kind.display)", at: current.range)
    }

    /// ``expected(_:)`` inside brackets, with a note at the bracket that is still open.
    mutating func expected(_ what: String, openedBy open: Token) -> Abort {
        let note = Diagnostic.Note(message: "\(open.kind.display) opened here is not closed", range: open.range)
        report(Diagnostic(message: "expected \(what) but found \(current.kind.display)", range: current.range, notes: [note]))
        return Abort()
    }

    mutating func expect(_ kind: TokenKind, _ what: String) throws(Abort) {
        guard current.kind == kind else { throw expected(what) }
        advance()
    }

    mutating func expectWord(_ what: String) throws(Abort) -> (String, SourceRange) {
        guard case .word(let word) = current.kind, !Parser.keywords.contains(word) else { throw expected(what) }
        return (word, advance().range)
    }

    /// Skips to the end of the statement that started at token `start`, keeping the `}` of an
    /// enclosing block (braces the statement itself opened are skipped to their close).
    mutating func synchronize(from start: Int) {
        var depth = 0
        for token in tokens[start..<position] {
            if token.kind == .leftBrace { depth += 1 } else if token.kind == .rightBrace { depth = max(0, depth - 1) }
        }
        while true {
            switch current.kind {
            case .eof: return
            case .newline where depth == 0, .semicolon where depth == 0:
                advance()
                return
            case .leftBrace: depth += 1
            case .rightBrace:
                if depth == 0 { return }
                depth -= 1
            default: break
            }
            advance()
        }
    }
}
