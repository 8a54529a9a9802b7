/// A boxed pane of ready-wrapped lines, scrolled: the details of the item selected in a list.
/// The border is heavy while the pane has the keys, so focus reads without colour; a note on the
/// top edge says which lines show when they do not all fit.
struct MapDetailPane {
    var title: Line
    var lines: [Line]
    var scroll: Int
    var isFocused: Bool
    var theme: Theme

    /// The columns lines may take in a pane drawn on `area` (one column of padding each side).
    static func textWidth(for area: Rect) -> Int { max(1, Box.inner(of: area).width - 2) }

    /// The lines that show at once in a pane drawn on `area`.
    static func visibleLines(for area: Rect) -> Int { Box.inner(of: area).height }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let visible = MapDetailPane.visibleLines(for: area)
        let offset = min(max(0, scroll), max(0, lines.count - visible))
        var trailing: Line?
        if lines.count > visible && visible > 0 {
            trailing = Line("\(offset + 1)–\(min(lines.count, offset + visible)) of \(lines.count)", style: theme.muted)
        }
        let inner = Box(title: title, trailingTitle: trailing, borders: isFocused ? .heavy : .plain, style: theme.border)
            .render(into: &buffer, area: area)
        let textArea = inner.inset(left: 1, right: 1)
        for (row, line) in lines.dropFirst(offset).prefix(textArea.height).enumerated() {
            buffer.write(line, in: textArea, row: row)
        }
        if lines.count > visible {
            ListView.drawScrollMarks(into: &buffer, area: inner, offset: offset, count: lines.count)
        }
    }
}
