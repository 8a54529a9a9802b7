/// The whole path of a walk on one row: every hop's short name, "›" between hops, "→" where a hop
/// crosses a border, "┊" before the copies that follow the steps; the current hop in brackets and
/// highlighted. Names are cut to fit; when even short names do not fit, the row shows a window
/// around the current hop with "…" where hops lie beyond it, so the current hop always shows.
struct WalkStrip {
    struct Item {
        var label: String
        /// Drawn before the item (ignored for the first).
        var separator: String
        var separatorStyle: CellStyle
    }

    var items: [Item]
    var current: Int
    var theme: Theme

    /// Names are never cut below this many columns; windowing takes over instead.
    static let shortestLabel = 10
    /// The current hop's name is cut only beyond this many columns.
    static let currentLabel = 28

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !items.isEmpty, area.width > 4, area.height > 0 else { return }
        let current = min(max(0, self.current), items.count - 1)
        let longest = items.map { DisplayWidth.of($0.label) }.max() ?? 0
        var limit = max(WalkStrip.shortestLabel, longest)
        while limit > WalkStrip.shortestLabel && width(from: 0, to: items.count - 1, limit: limit, current: current) > area.width {
            limit -= 1
        }
        var first = 0
        var last = items.count - 1
        if width(from: first, to: last, limit: limit, current: current) > area.width {
            (first, last) = window(around: current, limit: limit, room: area.width)
        }

        var column = area.x
        let row = area.y
        if first > 0 { column += buffer.write("… ", at: Position(column: column, row: row), style: theme.muted, maxWidth: area.width) }
        for index in first...last {
            let item = items[index]
            if index > first {
                column += buffer.write(item.separator, at: Position(column: column, row: row), style: item.separatorStyle,
                                       maxWidth: area.maxX - column)
            }
            let label = TextFitting.truncate(item.label, to: index == current ? max(limit, WalkStrip.currentLabel) : limit)
            if index == current {
                let text = "[\(label)]"
                let start = column
                column += buffer.write(text, at: Position(column: column, row: row), style: theme.heading, maxWidth: area.maxX - column)
                buffer.restyle(Rect(x: start, y: row, width: column - start, height: 1)) { $0 = theme.selection.applied(to: $0) }
            } else {
                column += buffer.write(label, at: Position(column: column, row: row), style: theme.text, maxWidth: area.maxX - column)
            }
        }
        if last < items.count - 1 {
            buffer.write(" …", at: Position(column: column, row: row), style: theme.muted, maxWidth: area.maxX - column)
        }
    }

    /// Columns items `first...last` take with names cut to `limit`.
    func width(from first: Int, to last: Int, limit: Int, current: Int) -> Int {
        guard first <= last else { return 0 }
        var total = 0
        for index in first...last {
            total += itemWidth(index, limit: limit, current: current)
            if index > first { total += DisplayWidth.of(items[index].separator) }
        }
        return total
    }

    private func itemWidth(_ index: Int, limit: Int, current: Int) -> Int {
        let width = DisplayWidth.of(items[index].label)
        return index == current ? min(width, max(limit, WalkStrip.currentLabel)) + 2 : min(width, limit)
    }

    /// The widest run of items around `current` that fits `room` with the "… " marks it needs.
    func window(around current: Int, limit: Int, room: Int) -> (Int, Int) {
        var first = current
        var last = current
        func fits(_ first: Int, _ last: Int) -> Bool {
            let marks = (first > 0 ? 2 : 0) + (last < items.count - 1 ? 2 : 0)
            return width(from: first, to: last, limit: limit, current: current) + marks <= room
        }
        var grew = true
        while grew {
            grew = false
            // Prefer what lies ahead: the walk goes forward.
            if last + 1 < items.count && fits(first, last + 1) { last += 1; grew = true }
            if first > 0 && fits(first - 1, last) { first -= 1; grew = true }
        }
        return (first, last)
    }
}
