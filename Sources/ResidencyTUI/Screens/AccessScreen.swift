import ResidencyModel

/// Who can open customer data, and from where. Two views of the same grants, switched with v
/// (or the left and right arrows): by role (each role's team, countries, headcount and what it
/// can view, export or administer) and by system (who can reach each system, from which
/// countries). Access from outside the region an offering promises is flagged with ⚑.
public struct AccessScreen: Screen {
    public static let rolesList: ListID = "access.roles"
    public static let systemsList: ListID = "access.systems"

    public init() {}

    public var id: ScreenID { .access }

    /// The two views.
    public enum View: Sendable, Hashable {
        case byRole
        case bySystem
    }

    public func keymap(in state: AppState) -> Keymap {
        let access = state[AccessStateKey.self]
        if access.pane(for: access.view).isFocused {
            return Keymap(title: "Access: details", bindings: [
                KeyBinding([.down, .character("j")], .moveDown, help: "Scroll the details down"),
                KeyBinding([.up, .character("k")], .moveUp, help: "Scroll the details up"),
                KeyBinding([.escape, .left, .character("h")], .back, help: "Back to the list (or to where a jump came from)",
                           footer: "list"),
            ])
        }
        let other = access.view == .byRole ? "by system" : "by role"
        return Keymap(title: "Access", bindings: [
            KeyBinding([.enter], .open, help: "Give the details the keys, to scroll them", footer: "details"),
            KeyBinding([.character("v"), .right, .character("l")], .moveRight,
                       help: "Switch between the views by role and by system", footer: other),
            KeyBinding([.left, .character("h")], .moveLeft, help: "Switch between the views (the other way)"),
        ])
    }

    public func focusedList(in state: AppState) -> ListFocus? {
        let lookup = MapLookup.for(state)
        let view = state[AccessStateKey.self].view
        let rows = Self.rows(for: view, in: state, lookup: lookup)
        let layout = Self.layout(state, area: state.contentArea, lookup: lookup, detailFocused: false)
        return ListFocus(id: Self.listID(view), count: rows.count, visibleRows: layout.visibleListRows)
    }

    public func update(_ state: inout AppState, action: Action) -> UpdateResult {
        var access = state[AccessStateKey.self]
        var pane = access.pane(for: access.view)
        let lookup = MapLookup.for(state)
        let selected = Self.selected(in: state, lookup: lookup)
        defer { state[AccessStateKey.self] = access }
        guard pane.isFocused else {
            switch action {
            case .moveLeft, .moveRight:
                access.view = access.view == .byRole ? .bySystem : .byRole
                return .handled
            case .open:
                guard let selected else {
                    state.status = StatusMessage(access.view == .byRole ? "No role selected" : "No system selected")
                    return .handled
                }
                pane.isFocused = true
                pane.item = selected
                pane.scroll = 0
                access.setPane(pane, for: access.view)
                return .handled
            default:
                return .ignored
            }
        }
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            let layout = Self.layout(state, area: state.contentArea, lookup: lookup, detailFocused: true)
            let count = selected.map {
                Self.detailLines(for: access.view, item: $0, state: state, lookup: lookup,
                                 width: MapDetailPane.textWidth(for: layout.detail)).count
            } ?? 0
            _ = pane.scroll(action, item: selected, lineCount: count, visible: MapDetailPane.visibleLines(for: layout.detail))
            access.setPane(pane, for: access.view)
            return .handled
        case .back, .moveLeft:
            pane.isFocused = false
            access.setPane(pane, for: access.view)
            return action == .back && state.stack.count > 1 ? .ignored : .handled
        case .open, .moveRight:
            return .handled
        case .startSearch, .startFilter, .clearFilters:
            pane.isFocused = false
            access.setPane(pane, for: access.view)
            return .ignored
        default:
            return .ignored
        }
    }

    public func reveal(_ element: MapElement, in state: inout AppState) {
        let lookup = MapLookup.for(state)
        let roleID: String
        switch element {
        case .role(let id), .access(let id, _): roleID = id
        default: return
        }
        guard let position = lookup.rolePosition(roleID) else {
            state.status = StatusMessage("The map has no role \"\(TextSanitizer.sanitize(roleID))\"", kind: .error)
            return
        }
        var access = state[AccessStateKey.self]
        access.view = .byRole
        var rows = AccessRows.roles(for: state[list: Self.rolesList], lookup: lookup)
        if rows.row(of: position) == nil {
            state[list: Self.rolesList].query = ""
            rows = AccessRows.roles(for: state[list: Self.rolesList], lookup: lookup)
        }
        state[AccessStateKey.self] = access
        let layout = Self.layout(state, area: state.contentArea, lookup: lookup, detailFocused: false)
        state[list: Self.rolesList].select(rows.row(of: position) ?? 0, count: rows.count, visibleRows: layout.visibleListRows)
        var pane = MapDetailPaneState()
        pane.isFocused = true
        pane.item = position
        access.rolePane = pane
        state[AccessStateKey.self] = access
    }

    public func render(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        let lookup = MapLookup.for(state)
        let access = state[AccessStateKey.self]
        let pane = access.pane(for: access.view)
        let layout = Self.layout(state, area: area, lookup: lookup, detailFocused: pane.isFocused)
        let listState = state[list: Self.listID(access.view)]
        let rows = Self.rows(for: access.view, in: state, lookup: lookup)

        if !layout.list.isEmpty {
            let position = rows.isEmpty ? "none" : "\(min(listState.selection, rows.count - 1) + 1) of \(rows.count)"
            var title = Line(access.view == .byRole ? "Access by role" : "Access by system", style: theme.title)
            title.append(access.view == .byRole ? " · v: by system" : " · v: by role", style: theme.muted)
            title.append(" · \(MapText.crossBorder) outside the region", style: theme.bad)
            if !listState.query.isEmpty { title.append(" · \"\(listState.query)\"", style: theme.accent) }
            let inner = Box(title: title, trailingTitle: Line(position, style: theme.muted),
                            borders: pane.isFocused ? .plain : .heavy, style: theme.border)
                .render(into: &buffer, area: layout.list)
            switch access.view {
            case .byRole: renderRoles(state, rows: rows, lookup: lookup, into: &buffer, area: inner)
            case .bySystem: renderSystems(state, rows: rows, lookup: lookup, into: &buffer, area: inner)
            }
        }

        guard !layout.detail.isEmpty else { return }
        guard let item = rows.position(selectedBy: listState).map({ access.view == .byRole ? $0 : lookup.reachableSystems[$0] }) else {
            MapDetailPane(title: Line("Details", style: theme.title), lines: [Line("Nothing selected.", style: theme.muted)],
                          scroll: 0, isFocused: false, theme: theme).render(into: &buffer, area: layout.detail)
            return
        }
        let name = access.view == .byRole ? lookup.map.roles[item].name : lookup.map.systems[item].name
        let lines = Self.detailLines(for: access.view, item: item, state: state, lookup: lookup,
                                     width: MapDetailPane.textWidth(for: layout.detail))
        MapDetailPane(title: Line(name, style: theme.title), lines: lines, scroll: pane.scroll(for: item),
                      isFocused: pane.isFocused, theme: theme).render(into: &buffer, area: layout.detail)
    }

    // MARK: Lists

    private func renderRoles(_ state: AppState, rows: MapListRows, lookup: MapLookup, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        let roles = lookup.map.roles
        let empty = roles.isEmpty ? "The map has no roles: nobody's access is mapped yet." : "No role matches the search."
        TableView(
            columns: [
                TableColumn("Role", width: .fill(3)),
                TableColumn("Team", width: .fixed(11)),
                TableColumn("From", width: .fill(2)),
                TableColumn("People", width: .fixed(6), alignment: .right),
                TableColumn("Can open", width: .fixed(11)),
            ],
            count: rows.count, state: state[list: Self.rolesList], highlight: theme.selection,
            headerStyle: theme.heading.underlined, emptyText: Line(empty, style: theme.muted)
        ) { row in
            let role = roles[rows[row]]
            var reach = Line(CountPhrase.of(role.access.count, "system"), style: theme.text)
            if AccessRows.roleCrossesBorder(role, lookup: lookup) { reach.append(" \(MapText.crossBorder)", style: theme.bad) }
            return [
                Line(role.name, style: theme.text),
                Line(role.team, style: role.isExternal ? theme.warning : theme.muted),
                Line(role.countries.isEmpty ? "?" : MapText.countryNames(role.countries, catalogue: lookup.catalogue),
                     style: role.countries.isEmpty ? theme.unknown : theme.text),
                Line(role.headcount.map(String.init) ?? "?", style: theme.muted),
                reach,
            ]
        }.render(into: &buffer, area: area)
    }

    private func renderSystems(_ state: AppState, rows: MapListRows, lookup: MapLookup, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        let empty = lookup.reachableSystems.isEmpty ? "No role can open any system in the map." : "No system matches the search."
        TableView(
            columns: [
                TableColumn("System", width: .fill(3)),
                TableColumn("Runs in", width: .fixed(16)),
                TableColumn("Roles", width: .fixed(5), alignment: .right),
                TableColumn("Reached from", width: .fill(2)),
            ],
            count: rows.count, state: state[list: Self.systemsList], highlight: theme.selection,
            headerStyle: theme.heading.underlined, emptyText: Line(empty, style: theme.muted)
        ) { row in
            let position = lookup.reachableSystems[rows[row]]
            var from = Line(MapText.names(AccessRows.countries(reaching: position, lookup: lookup)), style: theme.text)
            if AccessRows.systemReachedAcrossBorder(position, lookup: lookup) {
                from = Line("\(MapText.crossBorder) ", style: theme.bad) + from
            }
            return [
                Line(lookup.map.systems[position].name, style: theme.text),
                Line(lookup.location(ofSystem: position).shortText, style: theme.muted),
                Line(String(lookup.grantsBySystem[position].count), style: theme.muted),
                from,
            ]
        }.render(into: &buffer, area: area)
    }

    // MARK: Parts

    static func listID(_ view: View) -> ListID { view == .byRole ? rolesList : systemsList }

    /// Rows of the view's list (role positions, or positions in `reachableSystems`).
    static func rows(for view: View, in state: AppState, lookup: MapLookup) -> MapListRows {
        switch view {
        case .byRole: return AccessRows.roles(for: state[list: rolesList], lookup: lookup)
        case .bySystem: return AccessRows.systems(for: state[list: systemsList], lookup: lookup)
        }
    }

    /// The selected role (by role) or system (by system), as a map position.
    static func selected(in state: AppState, lookup: MapLookup) -> Int? {
        let view = state[AccessStateKey.self].view
        let position = rows(for: view, in: state, lookup: lookup).position(selectedBy: state[list: listID(view)])
        return view == .byRole ? position : position.map { lookup.reachableSystems[$0] }
    }

    static func layout(_ state: AppState, area: Rect, lookup: MapLookup, detailFocused: Bool) -> MasterDetailLayout {
        let view = state[AccessStateKey.self].view
        let count = view == .byRole ? lookup.map.roles.count : lookup.reachableSystems.count
        return MasterDetailLayout(area: area, detailFocused: detailFocused, listRows: count, listShare: 50)
    }

    static func detailLines(for view: View, item: Int, state: AppState, lookup: MapLookup, width: Int) -> [Line] {
        switch view {
        case .byRole: return AccessDetail.lines(forRole: item, state: state, lookup: lookup, width: width)
        case .bySystem: return AccessDetail.lines(forSystem: item, state: state, lookup: lookup, width: width)
        }
    }
}

/// The Access screen's view and its two details panes.
struct AccessState: Sendable, Hashable {
    var view: AccessScreen.View = .byRole
    var rolePane = MapDetailPaneState()
    var systemPane = MapDetailPaneState()

    func pane(for view: AccessScreen.View) -> MapDetailPaneState { view == .byRole ? rolePane : systemPane }

    mutating func setPane(_ pane: MapDetailPaneState, for view: AccessScreen.View) {
        if view == .byRole { rolePane = pane } else { systemPane = pane }
    }
}

enum AccessStateKey: ScreenStateKey {
    static var initialValue: AccessState { AccessState() }
}
