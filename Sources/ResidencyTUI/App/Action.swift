/// Everything a user can ask for, by name. Keymaps turn keys into actions; `AppState.apply`
/// carries them out. Screens handle the actions that mean something on them and leave the rest to
/// the app's defaults.
public enum Action: Sendable, Hashable {
    // Moving in the focused list.
    case moveUp
    case moveDown
    case pageUp
    case pageDown
    case top
    case bottom
    /// Left and right: between panes, or along a path on screens that have one.
    case moveLeft
    case moveRight

    /// Enter: open the selected item or follow it to where it lives.
    case open
    /// Esc: leave typing, close help, go back to where a jump came from, or clear the search.
    case back
    case quit

    // Screens.
    case nextScreen
    case previousScreen
    case showScreen(ScreenID)
    case help

    /// "/": type a search that narrows the focused list.
    case startSearch
    /// Type a value for one of the focused list's named filters ("kind", "data", ...).
    case startFilter(String)
    /// Drop the focused list's search and filters.
    case clearFilters

    /// The walk through a flow: one hop forward or back.
    case walkNext
    case walkPrevious

    /// Ctrl-L: draw the whole screen again.
    case redraw
}
