import ResidencyModel

/// Everything the interface shows and remembers. A value: `update` makes a new one, `render`
/// draws one. The backend only feeds it keys and the terminal size.
public struct AppState: Sendable {
    /// The map being edited, its file snapshot, evaluation and history. Every change goes
    /// through `commit` (see `AppState+Editing`).
    public internal(set) var document: MapDocument
    /// The file the map came from, as the user named it.
    public var fileName: String
    /// The day reviews and expiries are judged against (fixed at start so a session is stable).
    public var today: ISODate { document.today }
    /// The terminal size; the backend sets it at start and on every resize.
    public var size: Size
    public var theme: Theme
    /// Why the map cannot be changed here (`--read-only`, a file that is not writable); nil when
    /// it can. Edit keys then say this instead of acting.
    public var readOnlyReason: String?
    /// Where the user is: the bottom is a tab, above it screens opened by jumps or help. Never empty.
    public private(set) var stack: [ScreenID]
    /// Forms, pickers and confirmations over the screen, the top one taking the keys.
    public internal(set) var overlays: [Overlay]
    /// Normal keys, or typing into a search or filter.
    public var mode: InputMode
    /// Selection, scrolling and narrowing per list.
    public var lists: [ListID: ListState]
    /// A one-line message for the footer, cleared by the next key.
    public var status: StatusMessage?
    /// The file changed on disk since it was read or saved, and the user has not reloaded.
    public internal(set) var changedOnDisk: Bool
    /// The journal could not be written: edits are only in memory (said in the header).
    public internal(set) var journalProblem: String?
    /// The text a search or filter had before typing began, restored by Esc.
    var inputBackup: String
    /// Effects asked for while handling the current message; `update` hands them back.
    var outbox: [Effect]
    private var screenValues: [ObjectIdentifier: any Sendable]

    public init(document: MapDocument, fileName: String, size: Size = Size(width: 80, height: 24),
                theme: Theme = .color, readOnlyReason: String? = nil) {
        self.document = document
        self.fileName = fileName
        self.size = size
        self.theme = theme
        self.readOnlyReason = readOnlyReason
        self.stack = [.overview]
        self.overlays = []
        self.mode = .normal
        self.lists = [:]
        self.status = nil
        self.changedOnDisk = false
        self.journalProblem = nil
        self.inputBackup = ""
        self.outbox = []
        self.screenValues = [:]
    }

    /// A state for a map held only in memory, evaluated as of `today`.
    public init(map: ResidencyMap, fileName: String, today: ISODate, size: Size = Size(width: 80, height: 24), theme: Theme = .color) {
        self.init(document: MapDocument(map: map, today: today), fileName: fileName, size: size, theme: theme)
    }

    /// The map as it is now.
    public var map: ResidencyMap { document.map }
    /// Its verdicts and findings, current after every committed edit.
    public var evaluation: Evaluation { document.evaluation }

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
