/// Text wrapped to its area by display width, optionally scrolled down by `scroll` lines.
/// Lines that still do not fit below the area are cut; the last visible line then ends in "…"
/// when `showsOverflow` is on, so nobody mistakes a cut text for a whole one.
public struct Paragraph: Sendable {
    public var lines: [Line]
    public var wraps: Bool
    public var scroll: Int
    public var alignment: TextAlignment
    public var showsOverflow: Bool

    public init(_ lines: [Line], wraps: Bool = true, scroll: Int = 0, alignment: TextAlignment = .left, showsOverflow: Bool = true) {
        self.lines = lines
        self.wraps = wraps
        self.scroll = max(0, scroll)
        self.alignment = alignment
        self.showsOverflow = showsOverflow
    }

    /// Plain text in one style; "\n" starts a new line.
    public init(text: String, style: CellStyle = .plain, wraps: Bool = true, alignment: TextAlignment = .left) {
        let safe = TextSanitizer.sanitize(text, keepingNewlines: true)
        let lines = safe.split(separator: "\n", omittingEmptySubsequences: false).map { Line(String($0), style: style) }
        self.init(lines, wraps: wraps, alignment: alignment)
    }

    /// The lines as laid out at `width` columns.
    public func layout(width: Int) -> [Line] {
        wraps ? lines.flatMap { TextFitting.wrap($0, width: width) } : lines
    }

    /// How many lines the text takes at `width` columns (to bound scrolling).
    public func lineCount(width: Int) -> Int { layout(width: width).count }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let laidOut = layout(width: area.width)
        let start = min(scroll, max(0, laidOut.count - 1))
        let shown = laidOut.dropFirst(start).prefix(area.height)
        for (row, line) in shown.enumerated() {
            let isLastRow = row == area.height - 1
            if isLastRow && showsOverflow && start + row + 1 < laidOut.count {
                // Force the ellipsis: the text goes on below.
                let cut = TextFitting.truncate(line.text, to: max(0, area.width - 1), ellipsis: "") + "…"
                buffer.write(Line(cut, style: line.spans.last?.style ?? .plain), in: area, row: row, alignment: alignment)
            } else {
                buffer.write(line, in: area, row: row, alignment: alignment)
            }
        }
    }
}
