import ResidencyModel

/// Walk a flow one hop per screen, from the browser to the backups. First pick a flow (each with
/// its trigger, its steps and the jurisdictions it passes through); then → and ← (or n and p)
/// step along it. A strip at the top shows the whole path and the current hop; the pane below
/// shows the hop (see `WalkDetail`). After the last step the walk goes on through the copies made
/// of the systems the flow reached.
public struct WalkScreen: Screen {
    public static let flowsList: ListID = "walk.flows"

    public init() {}

    public var id: ScreenID { .walk }

    public func keymap(in state: AppState) -> Keymap {
        if state[WalkStateKey.self].isWalking {
            return Keymap(title: "Walk", bindings: [
                KeyBinding([.right, .character("n"), .character("l")], .walkNext, help: "Next hop", footer: "next"),
                KeyBinding([.left, .character("p"), .character("h")], .walkPrevious, help: "Previous hop", footer: "previous"),
                KeyBinding([.down, .character("j")], .moveDown, help: "Scroll the hop down"),
                KeyBinding([.up, .character("k")], .moveUp, help: "Scroll the hop up"),
                KeyBinding([.home, .character("g")], .top, help: "First hop"),
                KeyBinding([.end, .character("G")], .bottom, help: "Last hop"),
                KeyBinding([.enter], .open, help: "Open this hop's system on the Systems screen", footer: "system"),
                KeyBinding([.escape], .back, help: "Back to the flows (or to where a jump came from)", footer: "flows"),
            ])
        }
        return Keymap(title: "Walk: pick a flow", bindings: [
            KeyBinding([.enter, .right, .character("l")], .open, help: "Walk the selected flow hop by hop", footer: "walk"),
        ])
    }

    public func focusedList(in state: AppState) -> ListFocus? {
        let lookup = MapLookup.for(state)
        let layout = Self.pickerLayout(area: state.contentArea, lookup: lookup)
        return ListFocus(id: Self.flowsList, count: Self.rows(in: state, lookup: lookup).count,
                         visibleRows: layout.visibleListRows)
    }

    public func update(_ state: inout AppState, action: Action) -> UpdateResult {
        let lookup = MapLookup.for(state)
        var walk = state[WalkStateKey.self]
        guard walk.isWalking else {
            guard action == .open || action == .moveRight else { return .ignored }
            guard let flow = Self.rows(in: state, lookup: lookup).position(selectedBy: state[list: Self.flowsList]) else {
                state.status = StatusMessage(lookup.map.flows.isEmpty ? "The map has no flows to walk" : "No flow selected")
                return .handled
            }
            walk = WalkState(isWalking: true, flow: flow, hop: 0)
            state[WalkStateKey.self] = walk
            return .handled
        }
        guard lookup.map.flows.indices.contains(walk.flow) else {
            state[WalkStateKey.self] = WalkState()
            return .ignored
        }
        let hops = WalkPath.hops(forFlow: walk.flow, lookup: lookup)
        switch action {
        case .walkNext, .walkPrevious, .top, .bottom:
            guard !hops.isEmpty else {
                state.status = StatusMessage("This flow has no steps to walk")
                return .handled
            }
            var hop = min(walk.hop, hops.count - 1)
            switch action {
            case .walkNext:
                guard hop < hops.count - 1 else {
                    state.status = StatusMessage("Last hop: the data goes no further on this map. Esc for the flows")
                    return .handled
                }
                hop += 1
            case .walkPrevious:
                guard hop > 0 else {
                    state.status = StatusMessage("First hop: the request starts at the user's browser")
                    return .handled
                }
                hop -= 1
            case .top: hop = 0
            default: hop = hops.count - 1
            }
            walk.hop = hop
            walk.pane = MapDetailPaneState()
            state[WalkStateKey.self] = walk
            return .handled
        case .moveUp, .moveDown, .pageUp, .pageDown:
            guard hops.indices.contains(walk.hop) else { return .handled }
            let area = Self.walkLayout(area: state.contentArea).hop
            let count = WalkDetail.lines(forHop: walk.hop, of: hops, flowPosition: walk.flow, state: state, lookup: lookup,
                                         width: MapDetailPane.textWidth(for: area)).count
            _ = walk.pane.scroll(action, item: walk.hop, lineCount: count, visible: MapDetailPane.visibleLines(for: area))
            state[WalkStateKey.self] = walk
            return .handled
        case .open:
            guard hops.indices.contains(walk.hop) else { return .handled }
            state.jump(to: .system(hops[walk.hop].system))
            return .handled
        case .back:
            walk.isWalking = false
            state[WalkStateKey.self] = walk
            // After a jump, Esc also goes back to where it came from.
            return state.stack.count > 1 ? .ignored : .handled
        case .startSearch, .startFilter, .clearFilters:
            walk.isWalking = false
            state[WalkStateKey.self] = walk
            return .ignored
        default:
            return .ignored
        }
    }

    public func reveal(_ element: MapElement, in state: inout AppState) {
        let lookup = MapLookup.for(state)
        let flowID: String
        var step: Int?
        switch element {
        case .flow(let id): flowID = id
        case .flowStep(let id, let number):
            flowID = id
            step = number
        default: return
        }
        guard let position = lookup.flowPosition(flowID) else {
            state.status = StatusMessage("The map has no flow \"\(TextSanitizer.sanitize(flowID))\"", kind: .error)
            return
        }
        var rows = Self.rows(in: state, lookup: lookup)
        if rows.row(of: position) == nil {
            state[list: Self.flowsList].query = ""
            rows = Self.rows(in: state, lookup: lookup)
        }
        let layout = Self.pickerLayout(area: state.contentArea, lookup: lookup)
        state[list: Self.flowsList].select(rows.row(of: position) ?? 0, count: rows.count, visibleRows: layout.visibleListRows)
        if let step {
            let steps = lookup.map.flows[position].steps.count
            state[WalkStateKey.self] = WalkState(isWalking: true, flow: position, hop: min(max(0, step - 1), max(0, steps - 1)))
        } else {
            state[WalkStateKey.self] = WalkState()
        }
    }

    public func render(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let lookup = MapLookup.for(state)
        let walk = state[WalkStateKey.self]
        if walk.isWalking && lookup.map.flows.indices.contains(walk.flow) {
            renderWalk(state, walk: walk, lookup: lookup, into: &buffer, area: area)
        } else {
            renderPicker(state, lookup: lookup, into: &buffer, area: area)
        }
    }

    // MARK: Picking a flow

    private func renderPicker(_ state: AppState, lookup: MapLookup, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        let flows = lookup.map.flows
        let rows = Self.rows(in: state, lookup: lookup)
        let listState = state[list: Self.flowsList]
        let layout = Self.pickerLayout(area: area, lookup: lookup)
        let position = rows.isEmpty ? "none" : "\(min(listState.selection, rows.count - 1) + 1) of \(rows.count)"
        var title = Line("Walk a flow", style: theme.title)
        if !listState.query.isEmpty { title.append(" · \"\(listState.query)\"", style: theme.accent) }
        let inner = Box(title: title, trailingTitle: Line(position, style: theme.muted), borders: .heavy, style: theme.border)
            .render(into: &buffer, area: layout.list)
        let empty = flows.isEmpty ? "The map has no flows yet: add one to walk a request from the browser to the backups."
                                  : "No flow matches the search."
        TableView(
            columns: [
                TableColumn("Flow", width: .fill(2)),
                TableColumn("Steps", width: .fixed(5), alignment: .right),
                TableColumn("Passes through", width: .fixed(18)),
                TableColumn("Trigger", width: .fill(3)),
            ],
            count: rows.count, state: listState, highlight: theme.selection, headerStyle: theme.heading.underlined,
            emptyText: Line(empty, style: theme.muted)
        ) { row in
            let position = rows[row]
            let flow = flows[position]
            let jurisdictions = WalkPath.jurisdictions(ofFlow: position, lookup: lookup)
            return [
                Line(flow.name, style: theme.text),
                Line(String(flow.steps.count), style: theme.muted),
                Line(jurisdictions.joined(separator: ", "), style: jurisdictions.count > 1 ? theme.accent : theme.text),
                Line(flow.trigger ?? "", style: theme.muted),
            ]
        }.render(into: &buffer, area: inner)

        guard !layout.detail.isEmpty else { return }
        guard let selected = rows.position(selectedBy: listState) else {
            MapDetailPane(title: Line("Path", style: theme.title), lines: [Line("Nothing selected.", style: theme.muted)],
                          scroll: 0, isFocused: false, theme: theme).render(into: &buffer, area: layout.detail)
            return
        }
        let lines = WalkDetail.preview(ofFlow: selected, state: state, lookup: lookup,
                                       width: MapDetailPane.textWidth(for: layout.detail))
        MapDetailPane(title: Line("\(MapText.safe(flows[selected].name)): Enter walks it", style: theme.title), lines: lines, scroll: 0,
                      isFocused: false, theme: theme).render(into: &buffer, area: layout.detail)
    }

    // MARK: Walking

    private func renderWalk(_ state: AppState, walk: WalkState, lookup: MapLookup, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        let flow = lookup.map.flows[walk.flow]
        let hops = WalkPath.hops(forFlow: walk.flow, lookup: lookup)
        let layout = Self.walkLayout(area: area)
        guard !hops.isEmpty else {
            let inner = Box(title: Line(flow.name, style: theme.title), borders: .heavy, style: theme.border)
                .render(into: &buffer, area: area)
            Paragraph(text: "This flow has no steps yet. Esc goes back to the flows.", style: theme.muted)
                .render(into: &buffer, area: inner.inset(left: 1, right: 1))
            return
        }
        let current = min(walk.hop, hops.count - 1)
        let hop = hops[current]
        let steps = flow.steps.count

        let stripTitle = Line([Span("Walk: ", style: theme.muted), Span(flow.name, style: theme.title)])
        let inner = Box(title: stripTitle, trailingTitle: Line("hop \(current + 1) of \(hops.count)", style: theme.heading),
                        borders: .heavy, style: theme.border).render(into: &buffer, area: layout.strip)
        let stripArea = inner.inset(left: 1, right: 1)
        let items = hops.enumerated().map { index, hop -> WalkStrip.Item in
            let crosses = WalkPath.border(of: hop, lookup: lookup) != nil
            let firstCopy = hop.isCopy && (index == 0 || !hops[index - 1].isCopy)
            let separator = firstCopy ? " ┊ " : crosses ? " \(Symbols.arrow) " : " › "
            return WalkStrip.Item(label: MapText.safe(lookup.systemName(hop.system)), separator: separator,
                                  separatorStyle: crosses ? theme.accent : theme.muted)
        }
        WalkStrip(items: items, current: current, theme: theme).render(into: &buffer, area: stripArea.row(0))

        var progress = Line()
        if let number = hop.stepNumber {
            progress.append("step \(number) of \(steps)", style: theme.text)
        } else {
            progress.append("after the last step: a copy", style: theme.text)
        }
        if current == hops.count - 1 { progress.append(" · the last hop", style: theme.heading) }
        buffer.write(progress, in: stripArea.row(1))
        let legend = Line("\(Symbols.arrow) crosses a border  ┊ then the copies", style: theme.muted)
        if progress.displayWidth + legend.displayWidth + 2 <= stripArea.width {
            buffer.write(legend, in: stripArea.row(1), alignment: .right)
        }

        let lines = WalkDetail.lines(forHop: current, of: hops, flowPosition: walk.flow, state: state, lookup: lookup,
                                     width: MapDetailPane.textWidth(for: layout.hop))
        let name = MapText.safe(lookup.systemName(hop.system))
        let title = hop.stepNumber.map { "Hop \(current + 1): step \($0), \(name)" } ?? "Hop \(current + 1): copy to \(name)"
        MapDetailPane(title: Line(title, style: theme.title), lines: lines, scroll: walk.pane.scroll(for: current),
                      isFocused: false, theme: theme).render(into: &buffer, area: layout.hop)
    }

    // MARK: Parts

    /// Flows the search lets through (name, id, trigger, the systems they pass).
    static func rows(in state: AppState, lookup: MapLookup) -> MapListRows {
        let list = state[list: flowsList]
        let count = lookup.map.flows.count
        let query = SearchQuery(list.query)
        guard !query.isEmpty else { return .all(count) }
        let key = RowsMemo.Key(list: flowsList.rawValue, query: list.query, filters: [:])
        return .some(lookup.memo.rows(for: key) { candidates in
            let texts = lookup.memo.searchTexts(for: flowsList.rawValue) {
                lookup.map.flows.map { flow in
                    SearchText([flow.name, flow.id, flow.trigger ?? ""] + flow.steps.map { lookup.systemName($0.system) })
                }
            }
            return (candidates ?? Array(0..<count)).filter { texts[$0].matches(query) }
        })
    }

    static func pickerLayout(area: Rect, lookup: MapLookup) -> MasterDetailLayout {
        MasterDetailLayout(area: area, detailFocused: false, listRows: lookup.map.flows.count, listShare: 55)
    }

    /// The strip on top (path and position), the hop below.
    static func walkLayout(area: Rect) -> (strip: Rect, hop: Rect) {
        let parts = area.split(.vertical, [.length(4), .fill(1)])
        return (parts[0], parts[1])
    }
}

/// Which flow is being walked and where.
struct WalkState: Sendable, Hashable {
    var isWalking = false
    /// The flow's position in the map.
    var flow = 0
    /// The current hop, from 0.
    var hop = 0
    /// The hop pane's scroll.
    var pane = MapDetailPaneState()
}

enum WalkStateKey: ScreenStateKey {
    static var initialValue: WalkState { WalkState() }
}
