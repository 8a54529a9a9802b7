import ResidencyModel

/// Every system with its kind, location and data, narrowed by a search and by kind, jurisdiction
/// and data category; and everything about the selected one (see `SystemsDetail`). Wide
/// terminals show list and details side by side; at 80 x 24 the details sit under the list, and
/// Enter gives them the whole screen to scroll.
public struct SystemsScreen: Screen {
    public static let list: ListID = "systems"

    public init() {}

    public var id: ScreenID { .systems }

    public func keymap(in state: AppState) -> Keymap {
        if state[SystemsPaneKey.self].isFocused {
            return Keymap(title: "Systems: details", bindings: [
                KeyBinding([.down, .character("j")], .moveDown, help: "Scroll the details down"),
                KeyBinding([.up, .character("k")], .moveUp, help: "Scroll the details up"),
                KeyBinding([.escape, .left, .character("h")], .back, help: "Back to the list (or to where a jump came from)",
                           footer: "list"),
            ])
        }
        return Keymap(title: "Systems", bindings: [
            KeyBinding([.enter, .right, .character("l")], .open, help: "Show everything about the selected system",
                       footer: "details"),
            KeyBinding([.character("t")], .startFilter(SystemsFiltering.kind),
                       help: "Filter by kind (database, logs, backup, ...)", footer: "kind"),
            KeyBinding([.character("r")], .startFilter(SystemsFiltering.jurisdiction),
                       help: "Filter by jurisdiction or country (EU, US, DE, unknown)", footer: "region"),
            KeyBinding([.character("d")], .startFilter(SystemsFiltering.data),
                       help: "Filter by data held (customer records, ip, ...)", footer: "data"),
            KeyBinding([.character("x")], .clearFilters, help: "Clear the search and every filter"),
        ])
    }

    public func focusedList(in state: AppState) -> ListFocus? {
        let rows = Self.rows(in: state)
        let layout = MasterDetailLayout(area: state.contentArea, detailFocused: false)
        return ListFocus(id: Self.list, count: rows.count, visibleRows: layout.visibleListRows)
    }

    public func update(_ state: inout AppState, action: Action) -> UpdateResult {
        var pane = state[SystemsPaneKey.self]
        let selected = Self.selectedSystem(in: state)
        guard pane.isFocused else {
            switch action {
            case .open, .moveRight:
                guard let selected else {
                    state.status = StatusMessage("No system selected")
                    return .handled
                }
                pane.isFocused = true
                pane.item = selected
                pane.scroll = 0
                state[SystemsPaneKey.self] = pane
                return .handled
            case .moveLeft:
                return .handled
            default:
                return .ignored
            }
        }
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            let layout = MasterDetailLayout(area: state.contentArea, detailFocused: true)
            let count = selected.map {
                SystemsDetail.lines(forSystem: $0, state: state, lookup: MapLookup.for(state),
                                    width: MapDetailPane.textWidth(for: layout.detail)).count
            } ?? 0
            _ = pane.scroll(action, item: selected, lineCount: count, visible: MapDetailPane.visibleLines(for: layout.detail))
            state[SystemsPaneKey.self] = pane
            return .handled
        case .back, .moveLeft:
            pane.isFocused = false
            state[SystemsPaneKey.self] = pane
            // Esc after a jump also goes back to where the jump came from.
            return action == .back && state.stack.count > 1 ? .ignored : .handled
        case .open, .moveRight:
            return .handled
        case .startSearch, .startFilter, .clearFilters:
            // Narrowing acts on the list: show it again.
            pane.isFocused = false
            state[SystemsPaneKey.self] = pane
            return .ignored
        default:
            return .ignored
        }
    }

    public func reveal(_ element: MapElement, in state: inout AppState) {
        let lookup = MapLookup.for(state)
        let id: String
        switch element {
        case .system(let system): id = system
        case .copy(let from, _, _): id = from
        case .systemKind(let kind):
            state.status = StatusMessage("The map has no \(kind.label) system")
            return
        default:
            return
        }
        guard let position = lookup.systemPosition(id) else {
            state.status = StatusMessage("The map has no system \"\(TextSanitizer.sanitize(id))\"", kind: .error)
            return
        }
        var rows = Self.rows(in: state)
        if rows.row(of: position) == nil {
            // A filter hides it: show everything, so the jump lands.
            state[list: Self.list].query = ""
            state[list: Self.list].filters = [:]
            rows = Self.rows(in: state)
        }
        let layout = MasterDetailLayout(area: state.contentArea, detailFocused: false)
        state[list: Self.list].select(rows.row(of: position) ?? 0, count: rows.count, visibleRows: layout.visibleListRows)
        var pane = MapDetailPaneState()
        pane.isFocused = true
        pane.item = position
        state[SystemsPaneKey.self] = pane
    }

    public func render(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        let lookup = MapLookup.for(state)
        let map = lookup.map
        let rows = Self.rows(in: state)
        let listState = state[list: Self.list]
        let pane = state[SystemsPaneKey.self]
        let layout = MasterDetailLayout(area: area, detailFocused: pane.isFocused)

        if !layout.list.isEmpty {
            let position = rows.isEmpty ? "none" : "\(min(listState.selection, rows.count - 1) + 1) of \(rows.count)"
            let inner = Box(title: Self.title(listState, theme: theme), trailingTitle: Line(position, style: theme.muted),
                            borders: pane.isFocused ? .plain : .heavy, style: theme.border)
                .render(into: &buffer, area: layout.list)
            let empty = map.systems.isEmpty ? "The map has no systems yet." : "No system matches: x clears the search and filters."
            // The data column only where there is room for it: the details list the data anyway.
            // Fixed widths, so columns stay put while the list scrolls.
            let showsData = inner.width >= 72
            var columns = [
                TableColumn("System", width: .fill(2)),
                TableColumn("Kind", width: .fixed(14)),
                TableColumn("Location", width: .fixed(inner.width >= 100 ? 28 : 20)),
            ]
            if showsData { columns.append(TableColumn("Data", width: .fill(1))) }
            // The data column's width, as the table will work it out (every column is fixed or fill),
            // so a cell too narrow for its list can name the first category and count the rest.
            let tableWidth = inner.width - (rows.count > TableView.visibleRows(in: inner) ? 1 : 0) - ListView.markerWidth
            let dataWidth = showsData ? TableView.columnWidths(columns, available: tableWidth, spacing: 2, sample: []).last ?? 0 : 0
            TableView(
                columns: columns,
                count: rows.count, state: listState, highlight: theme.selection, headerStyle: theme.heading.underlined,
                emptyText: Line(empty, style: theme.muted)
            ) { row in
                let position = rows[row]
                let system = map.systems[position]
                let summary = lookup.location(ofSystem: position)
                // Where it runs, and how sure the map is: "Germany?" is believed, not checked.
                var location = Line(summary.shortText, style: summary.isUnknown ? theme.unknown : theme.text)
                if !summary.isUnknown {
                    switch system.status {
                    case .confirmed: break
                    case .assumed, .unknown: location.append(Symbols.unknown, style: theme.warning)
                    case .planned: location.append(" (planned)", style: theme.warning)
                    }
                }
                var cells = [Line(system.name, style: theme.text), Line(system.kind.label, style: theme.muted), location]
                if showsData {
                    // A system that lists nothing may still hold what copies bring it.
                    let byCopy = system.data.isEmpty ? SystemsDetail.byCopyText(position, state: state, lookup: lookup) : nil
                    let text = byCopy.map { TextFitting.truncate($0, to: max(1, dataWidth)) }
                        ?? Self.dataCell(system.data, width: dataWidth, lookup: lookup)
                    cells.append(Line(text, style: theme.muted))
                }
                return cells
            }.render(into: &buffer, area: inner)
        }

        guard !layout.detail.isEmpty else { return }
        guard let selected = rows.position(selectedBy: listState) else {
            MapDetailPane(title: Line("Details", style: theme.title), lines: [Line("Nothing selected.", style: theme.muted)],
                       scroll: 0, isFocused: false, theme: theme).render(into: &buffer, area: layout.detail)
            return
        }
        let system = map.systems[selected]
        let lines = SystemsDetail.lines(forSystem: selected, state: state, lookup: lookup,
                                        width: MapDetailPane.textWidth(for: layout.detail))
        MapDetailPane(title: Line(system.name, style: theme.title), lines: lines, scroll: pane.scroll(for: selected),
                   isFocused: pane.isFocused, theme: theme).render(into: &buffer, area: layout.detail)
    }

    // MARK: Parts

    /// The rows the search and filters let through.
    static func rows(in state: AppState) -> MapListRows {
        SystemsFiltering.rows(for: state[list: list], lookup: MapLookup.for(state))
    }

    /// The map position of the selected system, if any.
    static func selectedSystem(in state: AppState) -> Int? {
        rows(in: state).position(selectedBy: state[list: list])
    }

    /// The data a system holds in `width` columns: the whole list when it fits, else the first
    /// category cut to leave room for how many more there are: "Customer rec… +3".
    static func dataCell(_ ids: [String], width: Int, lookup: MapLookup) -> String {
        let whole = lookup.categoryList(ids)
        guard ids.count > 1, DisplayWidth.of(whole) > width else { return whole }
        let more = " +\(ids.count - 1)"
        return TextFitting.truncate(lookup.categoryList([ids[0]]), to: max(1, width - more.count)) + more
    }

    /// "Systems · kind database · in EU · data billing · "frank"": the narrowing in force.
    static func title(_ list: ListState, theme: Theme) -> Line {
        var line = Line("Systems", style: theme.title)
        let parts: [(String, String)] = [
            ("kind", SystemsFiltering.kind), ("in", SystemsFiltering.jurisdiction), ("data", SystemsFiltering.data),
        ]
        for (label, name) in parts {
            if let value = list.filters[name], !value.isEmpty { line.append(" · \(label) \(value)", style: theme.accent) }
        }
        if !list.query.isEmpty { line.append(" · \"\(list.query)\"", style: theme.accent) }
        return line
    }
}

/// The Systems details pane: focus and scroll.
enum SystemsPaneKey: ScreenStateKey {
    static var initialValue: MapDetailPaneState { MapDetailPaneState() }
}
