import ResidencyModel

/// One screen of the app: its keys, its own actions and its drawing. A screen holds no state:
/// whatever it remembers lives in `AppState` (a `ListState` under a `ListID`, or a value under a
/// `ScreenStateKey`), so every screen is a pure function of state and can be tested without a
/// terminal.
///
/// To add a screen: add a case to `ScreenID` (and to `ScreenID.tabs` if it is a tab), write a
/// type conforming to `Screen` in `Screens/<Name>Screen.swift`, and return it from
/// `ScreenCatalog.screen(for:)`.
public protocol Screen: Sendable {
    var id: ScreenID { get }

    /// The keys this screen adds to (or takes over from) `Keymap.global`. The footer and the help
    /// screen are generated from it.
    func keymap(in state: AppState) -> Keymap

    /// The list that up/down, paging, Home/End and "/" act on: its id, its row count (after the
    /// query and filters) and how many rows it shows at the current size (`state.contentArea`).
    func focusedList(in state: AppState) -> ListFocus?

    /// Carries out an action that means something on this screen. Return `.ignored` to let the
    /// app's default run (moving the focused list, switching screens, quitting, ...).
    func update(_ state: inout AppState, action: Action) -> UpdateResult

    /// Draws the screen into `area` (the space between the tab bar and the footer).
    func render(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect)

    /// Brings an element into view after a jump (`AppState.jump(to:)`): select its row, open its
    /// flow at that step, ... The screen is already on top of the stack when this is called.
    func reveal(_ element: MapElement, in state: inout AppState)

    /// What `e`, `D` and `y` act on: the selected item, if it is one the map can edit.
    func selectedItem(in state: AppState) -> ItemRef?

    /// What `a` adds here, if anything.
    func newItem(in state: AppState) -> NewItem?

    /// The selected item by identity, so an edit, undo or reload that moves rows keeps it.
    func selectionAnchor(in state: AppState) -> SelectionAnchor?

    /// Selects the anchored item again after the map changed (or the row it was at, when it is gone).
    func restoreSelection(_ anchor: SelectionAnchor, in state: inout AppState)

    /// Keys that open the lists belonging to the selection (a role's grants, a flow's steps, ...).
    func editingBindings(in state: AppState) -> [KeyBinding]
}

extension Screen {
    public func keymap(in state: AppState) -> Keymap { .none(id.title) }
    public func focusedList(in state: AppState) -> ListFocus? { nil }
    public func update(_ state: inout AppState, action: Action) -> UpdateResult { .ignored }
    public func reveal(_ element: MapElement, in state: inout AppState) {}
    public func selectedItem(in state: AppState) -> ItemRef? { nil }
    public func newItem(in state: AppState) -> NewItem? { nil }
    public func selectionAnchor(in state: AppState) -> SelectionAnchor? { nil }
    public func restoreSelection(_ anchor: SelectionAnchor, in state: inout AppState) {}
    public func editingBindings(in state: AppState) -> [KeyBinding] { [] }
}

/// What `a` adds on a screen: a kind, and for grants and steps the role or flow they go to.
public struct NewItem: Sendable, Hashable {
    public var kind: ItemKind
    public var owner: String?
    public var position: Int?

    public init(_ kind: ItemKind, owner: String? = nil, position: Int? = nil) {
        self.kind = kind
        self.owner = owner
        self.position = position
    }
}

/// A list's selection by identity: the item's id (and section), and the row it was on.
public struct SelectionAnchor: Sendable, Hashable {
    public var ref: ItemRef
    public var row: Int
    /// The item's value when anchored, for things without ids (flow steps): found again by value.
    public var value: ItemValue?

    public init(ref: ItemRef, row: Int, value: ItemValue? = nil) {
        self.ref = ref
        self.row = row
        self.value = value
    }
}

/// Which list the movement keys act on, and its extent.
public struct ListFocus: Sendable, Hashable {
    public var id: ListID
    public var count: Int
    public var visibleRows: Int

    public init(id: ListID, count: Int, visibleRows: Int) {
        self.id = id
        self.count = max(0, count)
        self.visibleRows = max(1, visibleRows)
    }
}

/// Whether a screen dealt with an action.
public enum UpdateResult: Sendable, Hashable {
    case handled
    case ignored
}

/// Per-screen state beyond lists, stored in `AppState` without `AppState` knowing its type (as
/// SwiftUI's environment keys do): `state[WalkPosition.self].step += 1`.
public protocol ScreenStateKey {
    associatedtype Value: Sendable
    static var initialValue: Value { get }
}
