/// One key and what it does, as the footer shows it: "q quit".
public struct KeyHint: Sendable, Hashable {
    public var key: String
    public var text: String

    public init(key: String, text: String) {
        self.key = key
        self.text = text
    }
}

/// The footer line of key hints. Hints are laid out left to right and stop before one that would
/// not fit whole, so the bar never shows half a hint. When they do not all fit, the last ones
/// (help and quit, which every screen ends with) are kept and hints before them give way.
public struct HintBar: Sendable {
    public var hints: [KeyHint]
    public var keyStyle: CellStyle
    public var textStyle: CellStyle

    public init(hints: [KeyHint], keyStyle: CellStyle = CellStyle.plain.bolded, textStyle: CellStyle = .plain) {
        self.hints = hints
        self.keyStyle = keyStyle
        self.textStyle = textStyle
    }

    /// The columns a hint takes, with the two spaces that separate it from the next.
    static func width(of hint: KeyHint) -> Int {
        DisplayWidth.of(TextSanitizer.sanitize(hint.key)) + 1 + DisplayWidth.of(TextSanitizer.sanitize(hint.text))
    }

    /// How many of the last hints are kept however narrow the bar.
    static let keptAtEnd = 2

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        var shown = hints
        func total(_ list: [KeyHint]) -> Int { list.reduce(0) { $0 + HintBar.width(of: $1) } + max(0, list.count - 1) * 2 }
        while total(shown) > area.width, shown.count > HintBar.keptAtEnd {
            shown.remove(at: shown.count - HintBar.keptAtEnd - 1)
        }
        var column = area.x
        for (index, hint) in shown.enumerated() {
            let needed = HintBar.width(of: hint) + (index > 0 ? 2 : 0)
            guard column + needed <= area.maxX else { break }
            if index > 0 { column += 2 }
            column += buffer.write(hint.key, at: Position(column: column, row: area.y), style: keyStyle)
            column += 1
            column += buffer.write(hint.text, at: Position(column: column, row: area.y), style: textStyle)
        }
    }
}
