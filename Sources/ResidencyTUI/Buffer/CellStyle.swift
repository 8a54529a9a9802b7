/// The small palette every terminal with colours can show. `default` is the terminal's own
/// foreground or background, so the interface sits on whatever background the user chose.
public enum TerminalColor: String, Sendable, Hashable, CaseIterable {
    case `default`
    case red
    case green
    case yellow
    case blue
    case magenta
    case cyan
    case gray
}

/// How a cell is drawn: colours and attributes.
public struct CellStyle: Sendable, Hashable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var bold: Bool
    public var reverse: Bool
    public var dim: Bool
    public var underline: Bool

    public init(
        foreground: TerminalColor = .default,
        background: TerminalColor = .default,
        bold: Bool = false,
        reverse: Bool = false,
        dim: Bool = false,
        underline: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.dim = dim
        self.underline = underline
    }

    /// The terminal's default colours, no attributes.
    public static let plain = CellStyle()

    public static func foreground(_ color: TerminalColor) -> CellStyle { CellStyle(foreground: color) }

    public var bolded: CellStyle { var style = self; style.bold = true; return style }
    public var reversed: CellStyle { var style = self; style.reverse = true; return style }
    public var dimmed: CellStyle { var style = self; style.dim = true; return style }
    public var underlined: CellStyle { var style = self; style.underline = true; return style }

    /// The same attributes without colours, for monochrome terminals.
    public var withoutColors: CellStyle {
        var style = self
        style.foreground = .default
        style.background = .default
        return style
    }
}
