/// The styles the interface draws with, by role. Two themes exist: `color` and `monochrome`
/// (for NO_COLOR and terminals without colours). In both, meaning never rests on colour alone:
/// verdicts and states carry a symbol or a word (see `Symbols`), and emphasis uses bold, reverse
/// or underline, which monochrome terminals show.
public struct Theme: Sendable, Hashable {
    public var usesColor: Bool
    /// Ordinary text.
    public var text: CellStyle
    /// Secondary text: labels, counts, hints' words.
    public var muted: CellStyle
    /// A heading inside a screen.
    public var heading: CellStyle
    /// Box borders.
    public var border: CellStyle
    /// A box's title.
    public var title: CellStyle
    /// The selected row of the focused list.
    public var selection: CellStyle
    /// The active and inactive tabs of the tab bar.
    public var activeTab: CellStyle
    public var inactiveTab: CellStyle
    /// A key in the footer or on the help screen.
    public var key: CellStyle
    /// An error or warning message in the footer.
    public var error: CellStyle
    /// Verdict styles: holds, holds with exceptions / needs attention, broken, not known.
    public var good: CellStyle
    public var warning: CellStyle
    public var bad: CellStyle
    public var unknown: CellStyle
    /// Something to notice that is not a verdict (a border crossing, a match).
    public var accent: CellStyle

    public static let color = Theme(
        usesColor: true,
        text: .plain,
        muted: CellStyle(foreground: .gray),
        heading: CellStyle(bold: true),
        border: CellStyle(foreground: .gray),
        title: CellStyle(foreground: .cyan, bold: true),
        selection: CellStyle(reverse: true),
        activeTab: CellStyle(foreground: .cyan, bold: true, reverse: true),
        inactiveTab: .plain,
        key: CellStyle(foreground: .cyan, bold: true),
        error: CellStyle(foreground: .red, bold: true),
        good: CellStyle(foreground: .green),
        warning: CellStyle(foreground: .yellow, bold: true),
        bad: CellStyle(foreground: .red, bold: true),
        unknown: CellStyle(foreground: .magenta),
        accent: CellStyle(foreground: .yellow))

    public static let monochrome = Theme(
        usesColor: false,
        text: .plain,
        muted: CellStyle(dim: true),
        heading: CellStyle(bold: true),
        border: .plain,
        title: CellStyle(bold: true),
        selection: CellStyle(reverse: true),
        activeTab: CellStyle(bold: true, reverse: true),
        inactiveTab: .plain,
        key: CellStyle(bold: true),
        error: CellStyle(bold: true),
        good: .plain,
        warning: CellStyle(bold: true),
        bad: CellStyle(bold: true, underline: true),
        unknown: CellStyle(underline: true),
        accent: CellStyle(bold: true))

    /// The theme for an environment: monochrome when NO_COLOR is set to anything but the empty
    /// string (https://no-color.org), when asked for, or when the terminal has no colours.
    public static func resolve(environment: [String: String], terminalHasColors: Bool, forceMonochrome: Bool = false) -> Theme {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return noColor || forceMonochrome || !terminalHasColors ? .monochrome : .color
    }
}

/// Symbols that carry meaning without colour. Screens use these, not ad-hoc characters, so
/// the whole interface speaks one visual language.
public enum Symbols {
    /// A claim that holds, a check that passed.
    public static let holds = "✓"
    /// Holds only thanks to approved exceptions; something needs attention.
    public static let attention = "!"
    /// Broken.
    public static let broken = "✗"
    /// Not known: the map cannot tell.
    public static let unknown = "?"
    /// The selected row.
    public static let selected = "›"
    /// A move from one place to another ("EU → US").
    public static let arrow = "→"
    /// Text cut short.
    public static let ellipsis = "…"
}
