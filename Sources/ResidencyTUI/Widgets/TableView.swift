/// How wide a table column is.
public enum ColumnWidth: Sendable, Hashable {
    /// Exactly this many columns.
    case fixed(Int)
    /// As wide as its widest visible cell or header, between `min` and `max`.
    case content(min: Int, max: Int)
    /// A share of the room left by the other columns, by weight.
    case fill(Int)
}

/// One table column: header, width rule and alignment.
public struct TableColumn: Sendable, Hashable {
    public var title: String
    public var width: ColumnWidth
    public var alignment: TextAlignment

    public init(_ title: String, width: ColumnWidth = .fill(1), alignment: TextAlignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// A list with columns: a header row, then one row per item with cells cut to their column by
/// display width. Selection and scrolling work as in `ListView`; only visible rows are asked for
/// (and `content` columns measure only those, so widths may shift a little while scrolling: use
/// `fixed` for columns that must not move).
public struct TableView {
    public var columns: [TableColumn]
    public var count: Int
    public var state: ListState
    public var highlight: CellStyle
    public var headerStyle: CellStyle
    public var columnSpacing: Int
    public var emptyText: Line
    public var cells: (Int) -> [Line]

    public init(
        columns: [TableColumn],
        count: Int,
        state: ListState,
        highlight: CellStyle = CellStyle.plain.reversed,
        headerStyle: CellStyle = CellStyle.plain.bolded.underlined,
        columnSpacing: Int = 2,
        emptyText: Line = Line("(nothing to show)", style: CellStyle.plain.dimmed),
        cells: @escaping (Int) -> [Line]
    ) {
        self.columns = columns
        self.count = max(0, count)
        self.state = state
        self.highlight = highlight
        self.headerStyle = headerStyle
        self.columnSpacing = max(0, columnSpacing)
        self.emptyText = emptyText
        self.cells = cells
    }

    /// Rows of items the table shows in `area` (the header takes one).
    public static func visibleRows(in area: Rect) -> Int { max(0, area.height - 1) }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard area.height > 0, area.width > ListView.markerWidth else { return }
        let body = area.inset(top: 1)
        let rows = body.height
        let scrolls = count > rows
        let rowWidth = area.width - (scrolls ? 1 : 0)
        let tableWidth = rowWidth - ListView.markerWidth
        let selection = count > 0 ? min(max(0, state.selection), count - 1) : 0
        let offset = ListState.visibleOffset(selection: selection, offset: state.offset, count: count, visibleRows: rows)
        let visible = (0..<min(rows, max(0, count - offset))).map { cells(offset + $0) }
        let widths = TableView.columnWidths(columns, available: tableWidth, spacing: columnSpacing, sample: visible)

        let headers = columns.map { Line($0.title, style: headerStyle) }
        drawRow(headers, widths: widths, into: &buffer,
                at: Rect(x: area.x + ListView.markerWidth, y: area.y, width: tableWidth, height: 1))
        guard count > 0 else {
            buffer.write(emptyText, in: body.inset(left: ListView.markerWidth))
            return
        }
        for (line, rowCells) in visible.enumerated() {
            let rowArea = Rect(x: body.x, y: body.y + line, width: rowWidth, height: 1)
            let isSelected = offset + line == selection
            buffer.write(isSelected ? "› " : "  ", at: Position(column: rowArea.x, row: rowArea.y), maxWidth: rowWidth)
            drawRow(rowCells, widths: widths, into: &buffer, at: rowArea.inset(left: ListView.markerWidth))
            if isSelected { buffer.restyle(rowArea) { $0 = highlight.applied(to: $0) } }
        }
        if scrolls { ListView.drawScrollMarks(into: &buffer, area: body, offset: offset, count: count) }
    }

    private func drawRow(_ rowCells: [Line], widths: [Int], into buffer: inout ScreenBuffer, at area: Rect) {
        var x = area.x
        for (index, width) in widths.enumerated() {
            if width > 0 && index < rowCells.count {
                let cellArea = Rect(x: x, y: area.y, width: min(width, area.maxX - x), height: 1)
                buffer.write(rowCells[index], in: cellArea, alignment: columns[index].alignment)
            }
            x += width + columnSpacing
        }
    }

    /// Column widths for `available` columns: fixed and content columns first (content measured
    /// on the header and `sample` rows), cut from the last column backwards when they do not fit;
    /// what is left goes to fill columns by weight.
    public static func columnWidths(
        _ columns: [TableColumn], available: Int, spacing: Int, sample: [[Line]]
    ) -> [Int] {
        guard !columns.isEmpty else { return [] }
        let room = max(0, available - spacing * (columns.count - 1))
        var widths = columns.enumerated().map { index, column -> Int in
            switch column.width {
            case .fixed(let width): return max(0, width)
            case .fill: return 0
            case .content(let minimum, let maximum):
                var widest = DisplayWidth.of(column.title)
                for row in sample where index < row.count { widest = max(widest, row[index].displayWidth) }
                return min(max(widest, minimum), max(minimum, maximum))
            }
        }
        var excess = widths.reduce(0, +) - room
        // First shrink content columns towards their minimum, then anything, last column first.
        for index in columns.indices.reversed() where excess > 0 {
            if case .content(let minimum, _) = columns[index].width {
                let cut = min(excess, max(0, widths[index] - minimum))
                widths[index] -= cut
                excess -= cut
            }
        }
        for index in columns.indices.reversed() where excess > 0 {
            let cut = min(excess, widths[index])
            widths[index] -= cut
            excess -= cut
        }
        let left = max(0, room - widths.reduce(0, +))
        let fills = columns.indices.compactMap { index -> (Int, Int)? in
            if case .fill(let weight) = columns[index].width, weight > 0 { return (index, weight) }
            return nil
        }
        let totalWeight = fills.reduce(0) { $0 + $1.1 }
        var handedOut = 0
        for (position, fill) in fills.enumerated() {
            let share = position == fills.count - 1 ? left - handedOut : left * fill.1 / totalWeight
            widths[fill.0] += share
            handedOut += share
        }
        return widths
    }
}
