/// Where a list and the details of its selected item go. Wide terminals show them side by side;
/// narrower ones stack the list over the details, and a focused details pane takes the whole
/// area, so at 80 x 24 everything about one item can be read by scrolling one pane.
struct MasterDetailLayout: Sendable, Hashable {
    /// From this width on, list and details sit side by side.
    static let sideBySideWidth = 140

    var list: Rect
    var detail: Rect
    var isSideBySide: Bool

    /// `listRows` is how many rows the list has: a short list takes no more height than it needs
    /// when stacked.
    init(area: Rect, detailFocused: Bool, listRows: Int? = nil, listShare: Int = 45) {
        if area.width >= MasterDetailLayout.sideBySideWidth {
            let parts = area.split(.horizontal, [.percentage(listShare), .fill(1)])
            list = parts[0]
            detail = parts[1]
            isSideBySide = true
            return
        }
        isSideBySide = false
        if detailFocused {
            list = Rect(x: area.x, y: area.y, width: area.width, height: 0)
            detail = area
            return
        }
        var height = area.height / 2
        // Borders and the table header take three rows.
        if let listRows { height = min(height, max(listRows + 3, 6)) }
        let parts = area.split(.vertical, [.length(height), .fill(1)])
        list = parts[0]
        detail = parts[1]
    }

    /// The rows of items a table in the list box shows.
    var visibleListRows: Int { TableView.visibleRows(in: Box.inner(of: list)) }
}

/// Whether the details pane has the keys, and how far it is scrolled. Kept per screen under a
/// `ScreenStateKey`.
public struct MapDetailPaneState: Sendable, Hashable {
    public var isFocused = false
    /// The first line shown.
    public var scroll = 0
    /// The item the scroll belongs to: selecting another item shows its details from the top.
    public var item: Int?

    public init() {}

    /// The scroll to use for `item`: the stored one if it belongs to it, else the top.
    func scroll(for item: Int?) -> Int { item == self.item ? scroll : 0 }

    /// Scrolls for `action` within `lineCount` lines of which `visible` show; false for actions
    /// that do not scroll.
    mutating func scroll(_ action: Action, item: Int?, lineCount: Int, visible: Int) -> Bool {
        var offset = scroll(for: item)
        let page = max(1, visible - 1)
        switch action {
        case .moveUp: offset -= 1
        case .moveDown: offset += 1
        case .pageUp: offset -= page
        case .pageDown: offset += page
        case .top: offset = 0
        case .bottom: offset = lineCount
        default: return false
        }
        self.item = item
        scroll = min(max(0, offset), max(0, lineCount - visible))
        return true
    }
}
