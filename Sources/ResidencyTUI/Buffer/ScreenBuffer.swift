/// A grid of cells that the interface renders into: the terminal backend draws it, and tests read
/// it as text. Writing handles display width: wide characters take two cells (the second a
/// continuation), combining marks join the cell before them, and text is sanitized first.
public struct ScreenBuffer: Sendable, Equatable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the text cursor should show (while typing), or `nil` to keep it hidden.
    public var cursor: Position?

    public init(size: Size, style: CellStyle = .plain) {
        self.size = size
        self.cells = Array(repeating: .blank(style), count: size.width * size.height)
    }

    public init(width: Int, height: Int) {
        self.init(size: Size(width: width, height: height))
    }

    public var width: Int { size.width }
    public var height: Int { size.height }
    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(size: size) }

    /// The cell at a position; a blank for positions outside the buffer.
    public subscript(column: Int, row: Int) -> Cell {
        guard let index = index(column: column, row: row) else { return .blank() }
        return cells[index]
    }

    // MARK: Writing text

    /// Writes styled text from `position` rightwards, on one row. It stops at the buffer's right
    /// edge or after `maxWidth` columns, whichever comes first; text that does not fit ends with
    /// "…" (with `ellipsis: false` it is cut, and a wide character that would straddle the edge
    /// becomes a space). Returns the number of columns written.
    @discardableResult
    public mutating func write(_ line: Line, at position: Position, maxWidth: Int? = nil, ellipsis: Bool = true) -> Int {
        guard position.row >= 0, position.row < height, position.column < width else { return 0 }
        let start = max(0, position.column)
        let limit = min(maxWidth ?? Int.max, width - start)
        guard limit > 0 else { return 0 }
        let fits = line.displayWidth <= limit
        let budget = fits || !ellipsis ? limit : limit - 1
        var column = start
        var lastStyle = line.spans.first?.style ?? .plain
        writing: for span in line.spans {
            lastStyle = span.style
            for character in span.text {
                let glyphWidth = DisplayWidth.of(character)
                let used = column - start
                if used + glyphWidth > budget {
                    if !fits && !ellipsis && glyphWidth == 2 && used < budget {
                        put(" ", width: 1, column: column, row: position.row, style: span.style)
                        column += 1
                    }
                    break writing
                }
                column += put(String(character), width: glyphWidth, column: column, row: position.row,
                              style: span.style, limit: start + budget)
            }
        }
        if !fits && ellipsis {
            column += put("…", width: 1, column: column, row: position.row, style: lastStyle)
        }
        return column - start
    }

    /// Writes plain text in one style; see `write(_:at:maxWidth:ellipsis:)`.
    @discardableResult
    public mutating func write(
        _ text: String, at position: Position, style: CellStyle = .plain, maxWidth: Int? = nil, ellipsis: Bool = true
    ) -> Int {
        write(Line(text, style: style), at: position, maxWidth: maxWidth, ellipsis: ellipsis)
    }

    /// Writes styled text into one row of `rect`, aligned within it and cut to its width; the rest
    /// of the row is left as it was.
    @discardableResult
    public mutating func write(_ line: Line, in rect: Rect, row: Int = 0, alignment: TextAlignment = .left) -> Int {
        guard row >= 0, row < rect.height, rect.width > 0 else { return 0 }
        let lineWidth = min(line.displayWidth, rect.width)
        let offset: Int
        switch alignment {
        case .left: offset = 0
        case .right: offset = rect.width - lineWidth
        case .center: offset = (rect.width - lineWidth) / 2
        }
        return write(line, at: Position(column: rect.x + offset, row: rect.y + row), maxWidth: rect.width - offset)
    }

    // MARK: Filling and styling

    /// Fills a rectangle with a character (a space by default) in a style.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: CellStyle = .plain) {
        let area = rect.intersection(self.area)
        guard !area.isEmpty else { return }
        let glyph = String(character)
        let glyphWidth = max(1, DisplayWidth.of(character))
        for row in area.y..<area.maxY {
            var column = area.x
            while column < area.maxX {
                if glyphWidth == 2 && column + 1 >= area.maxX {
                    put(" ", width: 1, column: column, row: row, style: style)
                } else {
                    put(glyph, width: glyphWidth, column: column, row: row, style: style)
                }
                column += glyphWidth
            }
        }
    }

    /// Changes the style of every cell in a rectangle, keeping its text (to highlight a row).
    public mutating func restyle(_ rect: Rect, _ change: (inout CellStyle) -> Void) {
        let area = rect.intersection(self.area)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                if let index = index(column: column, row: row) { change(&cells[index].style) }
            }
        }
    }

    /// Sets one character (a border piece, a symbol) at a position.
    public mutating func set(_ character: Character, at position: Position, style: CellStyle = .plain) {
        write(String(character), at: position, style: style, maxWidth: 2, ellipsis: false)
    }

    /// Copies some cells of one row from a frame of the same size (see `apply(_:from:)`).
    mutating func copyCells(row: Int, columns: Range<Int>, from frame: ScreenBuffer) {
        guard frame.size == size, row >= 0, row < height, columns.lowerBound >= 0, columns.upperBound <= width else { return }
        let base = row * width
        cells.replaceSubrange((base + columns.lowerBound)..<(base + columns.upperBound),
                              with: frame.cells[(base + columns.lowerBound)..<(base + columns.upperBound)])
    }

    // MARK: Reading back, for tests and snapshots

    /// The text of one row: each cell's grapheme, continuation cells skipped, so "東京" reads as
    /// written though it covers four cells.
    public func text(row: Int) -> String {
        guard row >= 0, row < height else { return "" }
        var result = ""
        let base = row * width
        for column in 0..<width where !cells[base + column].isContinuation {
            result += cells[base + column].character
        }
        return result
    }

    /// Every row's text, top to bottom.
    public var lines: [String] { (0..<height).map { text(row: $0) } }

    // MARK: Cell placement

    private func index(column: Int, row: Int) -> Int? {
        guard column >= 0, column < width, row >= 0, row < height else { return nil }
        return row * width + column
    }

    /// Places one grapheme; returns the columns it advanced (0 for a combining mark that joined
    /// the cell before). `limit` is the first column that may not be used.
    @discardableResult
    private mutating func put(
        _ grapheme: String, width glyphWidth: Int, column: Int, row: Int, style: CellStyle, limit: Int? = nil
    ) -> Int {
        let end = min(limit ?? width, width)
        guard column >= 0, column < end, let index = index(column: column, row: row) else { return 0 }
        if glyphWidth == 0 {
            // Only a lone joiner gets here (the sanitizer puts leading combining marks on "◌"):
            // keep it with the grapheme before it, or drop it at the left edge.
            var previous = column - 1
            if previous >= 0, cells[row * width + previous].isContinuation { previous -= 1 }
            if previous >= 0 { cells[row * width + previous].character += grapheme }
            return 0
        }
        if glyphWidth == 2 && column + 1 >= end {
            return put(" ", width: 1, column: column, row: row, style: style, limit: limit)
        }
        clearOverlap(at: column, row: row)
        cells[index] = Cell(character: grapheme, width: glyphWidth, style: style)
        if glyphWidth == 2 {
            clearOverlap(at: column + 1, row: row)
            cells[index + 1] = .continuation(style)
        }
        return glyphWidth
    }

    /// Before a cell is overwritten, breaks any wide character it belongs to into blanks, so no
    /// half of a wide character is ever left behind.
    private mutating func clearOverlap(at column: Int, row: Int) {
        guard let index = index(column: column, row: row) else { return }
        let cell = cells[index]
        if cell.isContinuation, column > 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
            cells[index] = .blank(cell.style)
        } else if cell.width == 2, column + 1 < width {
            cells[index + 1] = .blank(cells[index + 1].style)
        }
    }
}

/// Where text sits in a wider space.
public enum TextAlignment: Sendable, Hashable {
    case left
    case center
    case right
}
