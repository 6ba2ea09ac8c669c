/// The bounds that keep a script from exhausting the process: every limit, when reached, is an
/// error with a location (never a crash or a hang). Hosts set them in ``InterpreterOptions/limits``.
///
/// The defaults suit scripts run from the command line; they are documented in docs/language.md
/// ("Limits").
public struct Limits: Sendable, Equatable {
    /// How deeply brackets, blocks, unary operators and operator chains may nest in source
    /// (a syntax error "nested too deeply" past it).
    public var syntaxDepth: Int
    /// How many syntax errors one parse reports before it stops with "too many errors".
    public var syntaxErrors: Int
    /// The deepest allowed nesting of user procedure calls.
    public var callDepth: Int
    /// How many `source` statements may be active inside each other.
    public var sourceDepth: Int
    /// How deeply lists and records may nest inside each other (printing, JSON, equality and
    /// sorting walk values recursively, so a value deeper than this is never built).
    public var valueDepth: Int
    /// The longest string an operation may build, in UTF-8 bytes.
    public var stringLength: Int
    /// The most elements a list may have when an operation builds it (`range`, `+`, `push`).
    public var listLength: Int

    /// Creates limits; every bound has a default suited to command-line scripts.
    public init(
        syntaxDepth: Int = 100, syntaxErrors: Int = 50, callDepth: Int = 200, sourceDepth: Int = 50, valueDepth: Int = 200,
        stringLength: Int = 64 << 20, listLength: Int = 10_000_000
    ) {
        self.syntaxDepth = syntaxDepth
        self.syntaxErrors = syntaxErrors
        self.callDepth = callDepth
        self.sourceDepth = sourceDepth
        self.valueDepth = valueDepth
        self.stringLength = stringLength
        self.listLength = listLength
    }

    /// The defaults.
    public static let standard = Limits()
}
