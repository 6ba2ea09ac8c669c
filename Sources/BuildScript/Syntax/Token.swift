/// One lexical element of a BuildScript source.
struct Token: Equatable, Sendable {
    /// What the token is.
    var kind: TokenKind
    /// Where the token is.
    var range: SourceRange
    /// Whether whitespace, a comment or a line start separates this token from the previous one.
    /// Adjacent tokens glue into one bare word in argument position (`path=/a/b.js`), and a call
    /// needs its `(` adjacent to the name (`len(x)`).
    var spaceBefore: Bool

    /// Creates a token.
    init(kind: TokenKind, range: SourceRange, spaceBefore: Bool) {
        self.kind = kind
        self.range = range
        self.spaceBefore = spaceBefore
    }
}

/// A piece of a double-quoted string literal.
enum StringPart: Equatable, Sendable {
    /// Literal text, escapes already resolved.
    case text(String)
    /// The source of a `${...}` interpolation and where it starts.
    case interpolation(source: String, start: SourceLocation)
}

/// The kinds of tokens.
enum TokenKind: Equatable, Sendable {
    /// An identifier or keyword: letters, digits and `_`, not starting with a digit.
    case word(String)
    /// `$name`.
    case variable(String)
    /// A number literal such as `42` or `2.5`.
    case number(Double)
    /// A duration literal such as `500ms`, `5s`, `2m`, `7d` or `1h30m`, in seconds.
    case duration(Double)
    /// A string literal (`"..."` with escapes and interpolation, or `'...'` raw).
    case string([StringPart])
    /// `@path`: the contents of a file.
    case path(String)
    /// `(`
    case leftParen
    /// `)`
    case rightParen
    /// `[`
    case leftBracket
    /// `]`
    case rightBracket
    /// `{`
    case leftBrace
    /// `}`
    case rightBrace
    /// `,`
    case comma
    /// `:`
    case colon
    /// `.`
    case dot
    /// `|`
    case pipe
    /// `=`
    case assign
    /// `+=`
    case plusAssign
    /// An operator: `== != < <= > >= + - * / %`.
    case op(String)
    /// Any other single character that has no meaning on its own (it may still glue into a bare word).
    case symbol(Character)
    /// A line break that ends a statement.
    case newline
    /// `;`
    case semicolon
    /// End of input.
    case eof
    /// A lexical error; the lexer also reports a diagnostic for it.
    case invalid(String)
}

extension TokenKind {
    /// A short human description used in syntax errors (`expected '}' but found 'foo'`).
    var display: String {
        switch self {
        case .word(let w): return "'\(TokenKind.clipped(w))'"
        case .variable(let v): return "'$\(TokenKind.clipped(v))'"
        case .number: return "a number"
        case .duration: return "a duration"
        case .string: return "a string"
        case .path(let p): return "'@\(TokenKind.clipped(p))'"
        case .leftParen: return "'('"
        case .rightParen: return "')'"
        case .leftBracket: return "'['"
        case .rightBracket: return "']'"
        case .leftBrace: return "'{'"
        case .rightBrace: return "'}'"
        case .comma: return "','"
        case .colon: return "':'"
        case .dot: return "'.'"
        case .pipe: return "'|'"
        case .assign: return "'='"
        case .plusAssign: return "'+='"
        case .op(let o): return "'\(o)'"
        case .symbol(let c): return "'\(c)'"
        case .newline: return "end of line"
        case .semicolon: return "';'"
        case .eof: return "end of input"
        case .invalid(let s): return "'\(TokenKind.clipped(s))'"
        }
    }

    /// Source text quoted in a message, cut to 40 characters (`…` marks the cut).
    static func clipped(_ text: String) -> String {
        text.count > 40 ? text.prefix(40) + "…" : text
    }
}
