/// Lays completion candidates out in columns, filled top to bottom like `ls`.
enum CandidateColumns {
    /// The most candidates shown at once; the rest are summarised in a last line.
    static let limit = 200

    /// The lines to print for `candidates` on a terminal `width` columns wide: in columns, or one
    /// a line with its description beside it when any has one (cut to fit the width).
    static func lines(for candidates: [String], descriptions: [String: String] = [:], width: Int) -> [String] {
        let shown = Array(candidates.prefix(limit))
        guard !shown.isEmpty else { return [] }
        if shown.contains(where: { descriptions[$0] != nil }) {
            return described(shown, descriptions: descriptions, width: width)
                + (candidates.count > shown.count ? ["… and \(candidates.count - shown.count) more"] : [])
        }
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

    /// `ZB…01  completed · node22 · 2026-12-05`, one candidate a line, descriptions aligned.
    private static func described(_ shown: [String], descriptions: [String: String], width: Int) -> [String] {
        let column = min((shown.map(DisplayWidth.of).max() ?? 0) + 2, max(1, width / 2))
        return shown.map { candidate in
            guard let description = descriptions[candidate].map(printable), !description.isEmpty else { return candidate }
            let padding = max(2, column - DisplayWidth.of(candidate))
            let room = width - DisplayWidth.of(candidate) - padding
            guard room > 1 else { return candidate }
            let cut = DisplayWidth.of(description) > room ? String(description.prefix(room - 1)) + "…" : description
            return candidate + String(repeating: " ", count: padding) + cut
        }
    }

    /// `text` with control characters shown as `^X`, so a description never moves the cursor.
    private static func printable(_ text: String) -> String {
        String(text.unicodeScalars.flatMap { scalar -> [Character] in
            if scalar.value < 0x20 { return ["^", Character(Unicode.Scalar(scalar.value + 0x40)!)] }
            if scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) { return ["^", "?"] }
            return [Character(scalar)]
        })
    }
}
