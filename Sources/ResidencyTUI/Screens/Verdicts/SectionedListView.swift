/// Draws `SectionedRows`: headings flush left, items with the selection marker and highlight as
/// `ListView` draws them. Only visible rows are asked for.
struct SectionedListView {
    var rows: SectionedRows
    var state: ListState
    var highlight: CellStyle
    /// Whether to mark the selected item (only in the focused pane).
    var showsSelection: Bool
    var emptyText: Line
    var heading: (_ section: Int) -> Line
    var item: (_ section: Int, _ index: Int) -> Line

    /// The selected item row as drawn: the stored selection moved onto an item.
    static func selection(_ state: ListState, in rows: SectionedRows) -> Int? {
        rows.itemRow(near: state.selection)
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        guard let selection = Self.selection(state, in: rows) else {
            buffer.write(emptyText, in: area.inset(left: ListView.markerWidth))
            return
        }
        let count = rows.rowCount
        let scrolls = count > area.height
        let textArea = scrolls ? area.inset(right: 1) : area
        let offset = rows.offset(showing: selection, from: state.offset, visibleRows: area.height)
        for line in 0..<area.height {
            let row = offset + line
            guard let entry = rows.entry(at: row) else { break }
            let rowArea = textArea.row(line)
            switch entry {
            case .heading(let section):
                buffer.write(heading(section), in: rowArea)
            case .item(let section, let index):
                let isSelected = showsSelection && row == selection
                buffer.write(isSelected ? "› " : "  ", at: Position(column: rowArea.x, row: rowArea.y), maxWidth: rowArea.width)
                buffer.write(item(section, index), in: rowArea.inset(left: ListView.markerWidth))
                if isSelected { buffer.restyle(rowArea) { $0 = highlight.applied(to: $0) } }
            }
        }
        if scrolls { ListView.drawScrollMarks(into: &buffer, area: area, offset: offset, count: count) }
    }
}
