/// One range of a source text and the text that replaces it: what a host that rewrites typed
/// statements (history leaving out a value, `.save` rewriting a path) makes.
public struct SourceEdit: Equatable, Sendable {
    /// The text replaced.
    public let range: SourceRange
    /// What replaces it.
    public let text: String

    /// Creates an edit.
    public init(range: SourceRange, text: String) {
        self.range = range
        self.text = text
    }

    /// `source` with `edits` made. Of edits that overlap, the one that starts first (of those
    /// starting together, the first given) is made and the others dropped, so an edit inside
    /// another goes with the outer one; an edit outside `source` is dropped.
    public static func apply(_ edits: [SourceEdit], to source: String) -> String {
        var bytes = Array(source.utf8)
        var kept: [SourceEdit] = []
        let ordered = edits.enumerated().sorted {
            ($0.element.range.start.offset, $0.offset) < ($1.element.range.start.offset, $1.offset)
        }
        for (_, edit) in ordered where edit.range.start.offset >= (kept.last?.range.end.offset ?? 0) {
            kept.append(edit)
        }
        for edit in kept.reversed() {
            let start = edit.range.start.offset
            let end = edit.range.end.offset
            guard start >= 0, start <= end, end <= bytes.count else { continue }
            bytes.replaceSubrange(start..<end, with: Array(edit.text.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
