/// One terminal cell.
///
/// `width` is 1 for an ordinary character, 2 for the first half of a wide one (CJK, emoji) and 0
/// for the continuation cell that the second half covers. A continuation cell's `character` is "".
/// Combining marks live inside the grapheme of the cell they attach to.
public struct Cell: Sendable, Hashable {
    public var character: String
    public var width: Int
    public var style: CellStyle

    public init(character: String, width: Int, style: CellStyle = .plain) {
        self.character = character
        self.width = width
        self.style = style
    }

    /// A space in the given style.
    public static func blank(_ style: CellStyle = .plain) -> Cell {
        Cell(character: " ", width: 1, style: style)
    }

    /// The second column of a wide character.
    public static func continuation(_ style: CellStyle) -> Cell {
        Cell(character: "", width: 0, style: style)
    }

    public var isContinuation: Bool { width == 0 }
}
