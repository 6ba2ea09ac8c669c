/// Parses BuildScript source into a ``Program``, reporting every syntax error in one pass.
///
/// After an error the parser skips to the end of the statement (a newline or `;` outside brackets,
/// or the `}` closing the enclosing block) and carries on.
public struct Parser {
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
    /// Syntax errors found so far.
    public internal(set) var diagnostics: [Diagnostic] = []

    /// Words that cannot name a command or a variable.
    public static let keywords: Set<String> = [
        "let", "if", "else", "while", "foreach", "in", "def", "return", "break", "continue", "try", "catch",
        "exit", "source", "and", "or", "not", "true", "false", "null",
    ]

    /// Creates a parser over `source`; `start` places it inside a larger text (for `${...}`).
    public init(_ source: String, file: String, start: SourceLocation = .start) {
        var lexer = Lexer(source, file: file, start: start)
        self.tokens = lexer.tokenize()
        self.diagnostics = lexer.diagnostics
        self.file = file
        self.bytes = Array(source.utf8)
        self.baseOffset = start.offset
    }

    /// Parses a whole source text. The program is usable only when the diagnostics are empty.
    public static func parse(_ source: String, file: String) -> (program: Program, diagnostics: [Diagnostic]) {
        var parser = Parser(source, file: file)
        let statements = parser.parseStatements(until: nil)
        let diagnostics = parser.diagnostics.enumerated().sorted {
            ($0.element.range.start.offset, $0.offset) < ($1.element.range.start.offset, $1.offset)
        }.map(\.element)
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
        diagnostics.append(Diagnostic(message: message, range: range, suggestion: suggestion))
        return Abort()
    }

    mutating func expected(_ what: String) -> Abort {
        error("expected \(what) but found \(current.kind.display)", at: current.range)
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
