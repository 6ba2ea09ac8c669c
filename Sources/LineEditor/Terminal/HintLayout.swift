/// Where a hint fits: after the cursor, on the cursor's screen row, never wrapping.
enum HintLayout {
    /// The part of `hint` to draw after a line `lineWidth` columns wide following a prompt
    /// `promptWidth` columns wide, on a terminal `columns` wide; nil when no room is left.
    static func visibleHint(_ hint: String, promptWidth: Int, lineWidth: Int, columns: Int) -> String? {
        guard columns > 0, !hint.isEmpty else { return nil }
        let cursorColumn = (promptWidth + lineWidth) % columns
        let room = columns - cursorColumn - 1
        guard cursorColumn > 0 || promptWidth + lineWidth == 0, room >= 4 else { return nil }
        return DisplayWidth.truncate(hint, toColumns: room)
    }
}
