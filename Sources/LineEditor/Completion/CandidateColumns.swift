/// Lays completion candidates out in columns, filled top to bottom like `ls`.
enum CandidateColumns {
    /// The most candidates shown at once; the rest are summarised in a last line.
    static let limit = 200

    /// The lines to print for `candidates` on a terminal `width` columns wide.
    static func lines(for candidates: [String], width: Int) -> [String] {
        let shown = Array(candidates.prefix(limit))
        guard !shown.isEmpty else { return [] }
        let widths = shown.map(DisplayWidth.of)
        let columnWidth = (widths.max() ?? 0) + 2
        let columns = max(1, min(shown.count, max(1, width) / max(1, columnWidth)))
        let rows = (shown.count + columns - 1) / columns
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < shown.count else { break }
                let isLast = column == columns - 1 || (column + 1) * rows + row >= shown.count
                line += shown[index]
                if !isLast {
                    line += String(repeating: " ", count: columnWidth - widths[index])
                }
            }
            lines.append(line)
        }
        if candidates.count > shown.count {
            lines.append("… and \(candidates.count - shown.count) more")
        }
        return lines
    }
}
