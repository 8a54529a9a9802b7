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

    // Editing.
    /// `e`: edit the selected item in a form.
    case edit
    /// `a`: add an item of the kind the focused list holds.
    case add
    /// `D`: delete the selected item (asks first when something refers to it).
    case delete
    /// `y`: duplicate the selected item.
    case duplicate
    /// Open the list of one kind of item that belongs to the selection (grants, steps, copies, ...).
    case editList(EditList)
    /// Edit the map header (name, owner, review).
    case editHeader
    /// Move the selected flow step up or down.
    case moveItem(Int)
    case undo
    case redo
    /// Ctrl-S: write the map to its file.
    case save
    /// `:`: type a command (`w`, `q`, `wq`, `q!`).
    case command
}

/// The lists of items that belong to something selected, edited in a list over the screen.
public enum EditList: Sendable, Hashable {
    case copies(system: String)
    case grants(role: String)
    case steps(flow: String)
    case exceptions(claim: String)
    case offerings
    case categories
    case signOffs
}
