/// The lines a box is drawn with.
public struct BorderSet: Sendable, Hashable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character

    public init(
        horizontal: Character, vertical: Character,
        topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character
    ) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
    }

    /// ┌─┐ │ └─┘
    public static let plain = BorderSet(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘")
    /// ╭─╮ │ ╰─╯
    public static let rounded = BorderSet(
        horizontal: "─", vertical: "│", topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯")
    /// ┏━┓ ┃ ┗━┛, for the focused pane: it reads as focused without colour.
    public static let heavy = BorderSet(
        horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛")
}

/// A bordered box with an optional title on its top edge (left) and an optional note on the
/// right of the top edge ("12 of 340"). Rendering returns the area inside the border.
public struct Box: Sendable {
    public var title: Line?
    public var trailingTitle: Line?
    public var borders: BorderSet
    public var style: CellStyle

    public init(title: Line? = nil, trailingTitle: Line? = nil, borders: BorderSet = .plain, style: CellStyle = .plain) {
        self.title = title
        self.trailingTitle = trailingTitle
        self.borders = borders
        self.style = style
    }

    /// The area inside a box drawn on `area`.
    public static func inner(of area: Rect) -> Rect { area.inset(by: 1) }

    /// Draws the box and returns the area inside it. A box needs at least 2 x 2 cells; smaller
    /// areas are left alone and returned empty.
    @discardableResult
    public func render(into buffer: inout ScreenBuffer, area: Rect) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let right = area.maxX - 1
        let bottom = area.maxY - 1
        for column in (area.x + 1)..<right {
            buffer.set(borders.horizontal, at: Position(column: column, row: area.y), style: style)
            buffer.set(borders.horizontal, at: Position(column: column, row: bottom), style: style)
        }
        for row in (area.y + 1)..<bottom {
            buffer.set(borders.vertical, at: Position(column: area.x, row: row), style: style)
            buffer.set(borders.vertical, at: Position(column: right, row: row), style: style)
        }
        buffer.set(borders.topLeft, at: Position(column: area.x, row: area.y), style: style)
        buffer.set(borders.topRight, at: Position(column: right, row: area.y), style: style)
        buffer.set(borders.bottomLeft, at: Position(column: area.x, row: bottom), style: style)
        buffer.set(borders.bottomRight, at: Position(column: right, row: bottom), style: style)

        // Titles sit on the top edge with a space either side: "┌ Systems ────── 3 of 12 ─┐".
        let room = area.width - 2
        var reserved = 0
        if let trailingTitle {
            let shown = Line(" ", style: style) + trailingTitle + Line(" ", style: style)
            let shownWidth = min(shown.displayWidth, room / 2)
            if shownWidth > 2 {
                buffer.write(shown, at: Position(column: right - 1 - shownWidth, row: area.y), maxWidth: shownWidth)
                reserved = shownWidth + 1
            }
        }
        if let title {
            let shown = Line(" ", style: style) + title + Line(" ", style: style)
            let available = room - reserved - 1
            if available > 2 {
                buffer.write(shown, at: Position(column: area.x + 1, row: area.y), maxWidth: available)
            }
        }
        return Box.inner(of: area)
    }
}
