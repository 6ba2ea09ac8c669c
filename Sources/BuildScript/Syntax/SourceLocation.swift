/// A position in a source text: 1-based line and column (in characters), 0-based UTF-8 offset.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, counted in Unicode characters.
    public var column: Int
    /// The 0-based offset in UTF-8 bytes from the start of the source.
    public var offset: Int

    /// Creates a location.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The first position of a source text.
    public static let start = SourceLocation(line: 1, column: 1, offset: 0)

    /// Orders locations by offset.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool { lhs.offset < rhs.offset }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}

/// A half-open span `[start, end)` of a named source (a file name, or a label such as `<repl>`).
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    /// The file name or label used in diagnostics.
    public var file: String
    /// The first position covered.
    public var start: SourceLocation
    /// The position just after the last character covered.
    public var end: SourceLocation

    /// Creates a range.
    public init(file: String, start: SourceLocation, end: SourceLocation) {
        self.file = file
        self.start = start
        self.end = end
    }

    /// A range covering both `self` and `other` (which must be in the same file).
    public func joined(_ other: SourceRange) -> SourceRange {
        SourceRange(file: file, start: min(start, other.start), end: max(end, other.end))
    }

    /// An empty range for values that do not come from source text (host-created values).
    public static let unknown = SourceRange(file: "<host>", start: .start, end: .start)

    /// `file:line:column`.
    public var description: String { "\(file):\(start.line):\(start.column)" }
}
