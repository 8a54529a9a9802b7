/// A scrolling list with a selected row. Only visible rows are asked for: `row` is called for at
/// most `area.height` indexes, so drawing costs the same for ten rows or ten thousand.
///
/// The selected row is marked twice, so it reads without colour: a "›" in the margin and the
/// highlight style (reverse video by default) across the row. When the list is longer than the
/// view, the last column shows "▲" / "▼" where more rows lie above or below.
public struct ListView {
    public var count: Int
    public var state: ListState
    public var highlight: CellStyle
    public var showsSelection: Bool
    public var emptyText: Line
    public var row: (Int) -> Line

    public init(
        count: Int,
        state: ListState,
        highlight: CellStyle = CellStyle.plain.reversed,
        showsSelection: Bool = true,
        emptyText: Line = Line("(nothing to show)", style: CellStyle.plain.dimmed),
        row: @escaping (Int) -> Line
    ) {
        self.count = max(0, count)
        self.state = state
        self.highlight = highlight
        self.showsSelection = showsSelection
        self.emptyText = emptyText
        self.row = row
    }

    /// The columns the selection marker takes at the start of each row.
    public static let markerWidth = 2

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        guard count > 0 else {
            buffer.write(emptyText, in: area.inset(left: ListView.markerWidth))
            return
        }
        let scrolls = count > area.height
        let textArea = scrolls ? area.inset(right: 1) : area
        let selection = min(max(0, state.selection), count - 1)
        let offset = ListState.visibleOffset(
            selection: selection, offset: state.offset, count: count, visibleRows: area.height)
        for line in 0..<area.height {
            let index = offset + line
            guard index < count else { break }
            let rowArea = textArea.row(line)
            let isSelected = showsSelection && index == selection
            let marker = isSelected ? "› " : "  "
            buffer.write(marker, at: Position(column: rowArea.x, row: rowArea.y), maxWidth: rowArea.width)
            buffer.write(row(index), in: rowArea.inset(left: ListView.markerWidth))
            if isSelected { buffer.restyle(rowArea) { $0 = highlight.applied(to: $0) } }
        }
        if scrolls { ListView.drawScrollMarks(into: &buffer, area: area, offset: offset, count: count) }
    }

    /// "▲" at the top of the last column when rows lie above, "▼" at the bottom when rows lie below.
    static func drawScrollMarks(into buffer: inout ScreenBuffer, area: Rect, offset: Int, count: Int) {
        let bar = area.maxX - 1
        if offset > 0 { buffer.set("▲", at: Position(column: bar, row: area.y), style: CellStyle.plain.dimmed) }
        if offset + area.height < count {
            buffer.set("▼", at: Position(column: bar, row: area.maxY - 1), style: CellStyle.plain.dimmed)
        }
    }
}

extension CellStyle {
    /// This style laid over `base`: its attributes are added, its colours replace the base's
    /// unless they are `default`. Used to highlight a row without losing the colours in it.
    public func applied(to base: CellStyle) -> CellStyle {
        CellStyle(
            foreground: foreground == .default ? base.foreground : foreground,
            background: background == .default ? base.background : background,
            bold: bold || base.bold,
            reverse: reverse || base.reverse,
            dim: dim || base.dim,
            underline: underline || base.underline)
    }
}
