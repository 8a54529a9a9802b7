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
/// not fit whole, so the bar never shows half a hint.
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

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        var column = area.x
        for (index, hint) in hints.enumerated() {
            let needed = HintBar.width(of: hint) + (index > 0 ? 2 : 0)
            guard column + needed <= area.maxX else { break }
            if index > 0 { column += 2 }
            column += buffer.write(hint.key, at: Position(column: column, row: area.y), style: keyStyle)
            column += 1
            column += buffer.write(hint.text, at: Position(column: column, row: area.y), style: textStyle)
        }
    }
}
