import ResidencyModel

/// Everything the interface shows and remembers. A value: `update` makes a new one, `render`
/// draws one. The backend only feeds it keys and the terminal size.
public struct AppState: Sendable {
    /// The map being looked at, and its evaluation (verdicts and findings).
    public var map: ResidencyMap
    public var evaluation: Evaluation
    /// The file the map came from, as the user named it.
    public var fileName: String
    /// The day reviews and expiries are judged against (fixed at start so a session is stable).
    public var today: ISODate
    /// The terminal size; the backend sets it at start and on every resize.
    public var size: Size
    public var theme: Theme
    /// Where the user is: the bottom is a tab, above it screens opened by jumps or help. Never empty.
    public private(set) var stack: [ScreenID]
    /// Normal keys, or typing into a search or filter.
    public var mode: InputMode
    /// Selection, scrolling and narrowing per list.
    public var lists: [ListID: ListState]
    /// A one-line message for the footer, cleared by the next key.
    public var status: StatusMessage?
    /// Set by `quit`: the backend restores the terminal and exits.
    public var isQuitting: Bool
    /// Set by `redraw`: the backend clears the terminal and draws everything; it resets the flag.
    public var needsFullRedraw: Bool
    /// The text a search or filter had before typing began, restored by Esc.
    var inputBackup: String
    private var screenValues: [ObjectIdentifier: any Sendable]

    public init(
        map: ResidencyMap,
        evaluation: Evaluation,
        fileName: String,
        today: ISODate,
        size: Size = Size(width: 80, height: 24),
        theme: Theme = .color
    ) {
        self.map = map
        self.evaluation = evaluation
        self.fileName = fileName
        self.today = today
        self.size = size
        self.theme = theme
        self.stack = [.overview]
        self.mode = .normal
        self.lists = [:]
        self.status = nil
        self.isQuitting = false
        self.needsFullRedraw = false
        self.inputBackup = ""
        self.screenValues = [:]
    }

    /// A state for a map, evaluated as of `today`.
    public init(map: ResidencyMap, fileName: String, today: ISODate, size: Size = Size(width: 80, height: 24), theme: Theme = .color) {
        let evaluation = ResidencyEvaluator(today: today).evaluate(map)
        self.init(map: map, evaluation: evaluation, fileName: fileName, today: today, size: size, theme: theme)
    }

    // MARK: Screens

    /// The screen on top: the one shown.
    public var currentScreen: ScreenID { stack.last ?? .overview }

    /// The tab the tab bar marks: the top-most tab in the stack (a jump may open a tab screen
    /// over another one; help is not a tab).
    public var currentTab: ScreenID { stack.last(where: \.isTab) ?? .overview }

    /// Shows a screen over the current one; `back` returns (a jump, or help).
    public mutating func push(_ screen: ScreenID) {
        if currentScreen != screen { stack.append(screen) }
    }

    /// Returns to the screen below; false when already at the bottom.
    @discardableResult
    public mutating func pop() -> Bool {
        guard stack.count > 1 else { return false }
        stack.removeLast()
        return true
    }

    /// Opens the screen where `element` lives over the current one and lets it bring the element
    /// into view; Esc comes back here. (Enter on a claim, a breach or a finding.)
    public mutating func jump(to element: MapElement) {
        let destination = ScreenID.home(of: element)
        push(destination)
        ScreenCatalog.screen(for: destination).reveal(element, in: &self)
    }

    /// Makes a tab the only screen (Tab, Shift-Tab, the number keys).
    public mutating func switchTab(to screen: ScreenID) {
        stack = [screen]
    }

    // MARK: Lists and per-screen values

    /// A list's state; a list never touched has the default state.
    public subscript(list id: ListID) -> ListState {
        get { lists[id] ?? ListState() }
        set { lists[id] = newValue }
    }

    /// A screen's own value (see `ScreenStateKey`).
    public subscript<Key: ScreenStateKey>(key: Key.Type) -> Key.Value {
        get { screenValues[ObjectIdentifier(key)] as? Key.Value ?? Key.initialValue }
        set { screenValues[ObjectIdentifier(key)] = newValue }
    }

    // MARK: Layout

    /// Where screens draw at the current size: between the tab bar and the footer.
    public var contentArea: Rect { AppView.contentArea(for: size) }

    /// Whether the terminal is big enough to draw screens at all.
    public var fitsMinimumSize: Bool { size.fits(AppView.minimumSize) }
}

/// What the keyboard is doing.
public enum InputMode: Sendable, Hashable {
    case normal
    /// Typing a list's search text (`ListState.query`); the list narrows as you type.
    case search(ListID)
    /// Typing a value for one of a list's named filters (`ListState.filters[name]`).
    case filter(ListID, name: String)

    /// The list being typed into, if any.
    public var list: ListID? {
        switch self {
        case .normal: return nil
        case .search(let id), .filter(let id, _): return id
        }
    }
}

/// A message in the footer.
public struct StatusMessage: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case info
        case error
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}
