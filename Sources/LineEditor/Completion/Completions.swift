/// What the user has typed when they press Tab: the line split at the cursor.
public struct CompletionRequest: Sendable, Equatable {
    /// The text before the cursor; the word being completed is at its end.
    public var textBeforeCursor: String
    /// The text after the cursor (often empty).
    public var textAfterCursor: String

    /// Creates a request for a line split at the cursor.
    public init(textBeforeCursor: String, textAfterCursor: String = "") {
        self.textBeforeCursor = textBeforeCursor
        self.textAfterCursor = textAfterCursor
    }
}

/// A completer's answer: the candidates for the word that ends at the cursor.
public struct Completions: Sendable, Equatable {
    /// How many characters just before the cursor the candidates replace (the partial word).
    public var replacing: Int
    /// The full words that could stand in place of the partial word, in the order to list them.
    public var candidates: [String]
    /// Whether a sole candidate is followed by a space (it never is after `/`, `=`, `.`, `(` or `:`).
    /// A completer clears it when more typing usually follows, as after a record variable.
    public var appendsSpace: Bool
    /// A short description of some candidates (`completed · node22 · 2026-12-05`), shown beside
    /// them when they are listed, one a line, as zsh and fish do. Plain text: control characters
    /// are shown escaped.
    public var descriptions: [String: String]

    /// Creates an answer replacing `replacing` characters before the cursor with one of `candidates`.
    public init(replacing: Int, candidates: [String], appendsSpace: Bool = true, descriptions: [String: String] = [:]) {
        self.replacing = replacing
        self.candidates = candidates
        self.appendsSpace = appendsSpace
        self.descriptions = descriptions
    }

    /// No candidates: Tab rings the bell.
    public static let none = Completions(replacing: 0, candidates: [])
}

/// Supplies completions for a line; called on the editor's thread while the user waits.
public typealias Completer = @Sendable (CompletionRequest) -> Completions

/// Supplies the hint shown greyed after the cursor for a line (nil for none).
public typealias Hinter = @Sendable (String) -> String?
