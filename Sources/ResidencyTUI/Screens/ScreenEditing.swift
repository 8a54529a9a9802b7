import ResidencyModel

// What each screen edits: the item `e`, `D` and `y` act on, what `a` adds, the lists that belong
// to the selection, and how the selection is kept by identity across edits, undo and reloads.

extension AppState {
    /// Selects the row showing map position `position` (or the row at `fallback` when it is gone).
    mutating func reselect(_ list: ListID, rows: MapListRows, position: Int?, fallback: Int, visibleRows: Int) {
        let row = position.flatMap { rows.row(of: $0) } ?? min(fallback, max(0, rows.count - 1))
        self[list: list].select(row, count: rows.count, visibleRows: visibleRows)
    }
}

// MARK: Systems

extension SystemsScreen {
    public func selectedItem(in state: AppState) -> ItemRef? {
        Self.selectedSystem(in: state).map { .system(state.map.systems[$0].id) }
    }

    public func newItem(in state: AppState) -> NewItem? { NewItem(.system) }

    public func selectionAnchor(in state: AppState) -> SelectionAnchor? {
        selectedItem(in: state).map { SelectionAnchor(ref: $0, row: state[list: Self.list].selection) }
    }

    public func restoreSelection(_ anchor: SelectionAnchor, in state: inout AppState) {
        guard case .system(let id) = anchor.ref else { return }
        let lookup = MapLookup.for(state)
        let position = lookup.systemPosition(id)
        let layout = MasterDetailLayout(area: state.contentArea, detailFocused: false)
        state.reselect(Self.list, rows: Self.rows(in: state), position: position, fallback: anchor.row,
                       visibleRows: layout.visibleListRows)
        var pane = state[SystemsPaneKey.self]
        if pane.item != nil { pane.item = Self.selectedSystem(in: state) }
        state[SystemsPaneKey.self] = pane
    }

    public func editingBindings(in state: AppState) -> [KeyBinding] {
        guard let selected = selectedItem(in: state), case .system(let id) = selected else { return [] }
        return [KeyBinding([.character("c")], .editList(.copies(system: id)),
                           help: "Copies from and into the selected system (backups, replicas, staging)")]
    }
}

// MARK: Access

extension AccessScreen {
    public func selectedItem(in state: AppState) -> ItemRef? {
        let lookup = MapLookup.for(state)
        guard let position = Self.selected(in: state, lookup: lookup) else { return nil }
        switch state[AccessStateKey.self].view {
        case .byRole: return .role(state.map.roles[position].id)
        case .bySystem: return .system(state.map.systems[position].id)
        }
    }

    public func newItem(in state: AppState) -> NewItem? {
        state[AccessStateKey.self].view == .byRole ? NewItem(.role) : nil
    }

    public func selectionAnchor(in state: AppState) -> SelectionAnchor? {
        guard state[AccessStateKey.self].view == .byRole, let ref = selectedItem(in: state) else { return nil }
        return SelectionAnchor(ref: ref, row: state[list: Self.rolesList].selection)
    }

    public func restoreSelection(_ anchor: SelectionAnchor, in state: inout AppState) {
        guard case .role(let id) = anchor.ref else { return }
        let lookup = MapLookup.for(state)
        let rows = Self.rows(for: .byRole, in: state, lookup: lookup)
        let layout = Self.layout(state, area: state.contentArea, lookup: lookup, detailFocused: false)
        state.reselect(Self.rolesList, rows: rows, position: lookup.rolePosition(id), fallback: anchor.row,
                       visibleRows: layout.visibleListRows)
    }

    public func editingBindings(in state: AppState) -> [KeyBinding] {
        guard case .role(let id)? = selectedItem(in: state) else { return [] }
        return [KeyBinding([.character("c")], .editList(.grants(role: id)),
                           help: "The selected role's access grants: what it can view, export or administer")]
    }
}

// MARK: Walk

extension WalkScreen {
    public func selectedItem(in state: AppState) -> ItemRef? {
        let lookup = MapLookup.for(state)
        let walk = state[WalkStateKey.self]
        if walk.isWalking, state.map.flows.indices.contains(walk.flow) {
            let hops = WalkPath.hops(forFlow: walk.flow, lookup: lookup)
            guard hops.indices.contains(walk.hop) else { return .flow(state.map.flows[walk.flow].id) }
            switch hops[walk.hop].source {
            case .step(let index): return .step(flow: state.map.flows[walk.flow].id, index: index)
            case .copy(let index): return .copy(index)
            }
        }
        return Self.rows(in: state, lookup: lookup).position(selectedBy: state[list: Self.flowsList])
            .map { .flow(state.map.flows[$0].id) }
    }

    public func newItem(in state: AppState) -> NewItem? {
        let walk = state[WalkStateKey.self]
        if walk.isWalking, state.map.flows.indices.contains(walk.flow) {
            let flow = state.map.flows[walk.flow]
            return NewItem(.step, owner: flow.id, position: min(walk.hop + 1, flow.steps.count))
        }
        return NewItem(.flow)
    }

    public func selectionAnchor(in state: AppState) -> SelectionAnchor? {
        selectedItem(in: state).map {
            SelectionAnchor(ref: $0, row: state[list: Self.flowsList].selection, value: $0.value(in: state.map))
        }
    }

    public func restoreSelection(_ anchor: SelectionAnchor, in state: inout AppState) {
        let lookup = MapLookup.for(state)
        let flowID: String
        var hop: Int?
        switch anchor.ref {
        case .flow(let id): flowID = id
        case .step(let id, let index):
            flowID = id
            hop = index
            // Steps have no ids: find the same step again, nearest where it was (earlier steps
            // may have gone or come).
            if case .step(let step)? = anchor.value, let flow = lookup.flow(id) {
                let matches = flow.steps.indices.filter { flow.steps[$0] == step }
                if let nearest = matches.min(by: { abs($0 - index) < abs($1 - index) }) { hop = nearest }
            }
        default:
            // A copy hop: stay on the flow being walked, at the same hop if it is still there.
            guard state[WalkStateKey.self].isWalking else { return }
            var walk = state[WalkStateKey.self]
            let count = state.map.flows.indices.contains(walk.flow) ? WalkPath.hops(forFlow: walk.flow, lookup: lookup).count : 0
            walk.hop = min(walk.hop, max(0, count - 1))
            state[WalkStateKey.self] = walk
            return
        }
        let position = lookup.flowPosition(flowID)
        let layout = Self.pickerLayout(area: state.contentArea, lookup: lookup)
        state.reselect(Self.flowsList, rows: Self.rows(in: state, lookup: lookup), position: position,
                       fallback: anchor.row, visibleRows: layout.visibleListRows)
        var walk = state[WalkStateKey.self]
        guard walk.isWalking else { return }
        guard let position else {
            walk = WalkState()
            state[WalkStateKey.self] = walk
            return
        }
        let count = WalkPath.hops(forFlow: position, lookup: lookup).count
        walk.flow = position
        walk.hop = min(hop ?? walk.hop, max(0, count - 1))
        state[WalkStateKey.self] = walk
    }

    public func editingBindings(in state: AppState) -> [KeyBinding] {
        switch selectedItem(in: state) {
        case .flow(let id)?:
            return [KeyBinding([.character("s")], .editList(.steps(flow: id)), help: "The selected flow's steps")]
        case .step?:
            return [KeyBinding([.character("K")], .moveItem(-1), help: "Move this step one hop earlier"),
                    KeyBinding([.character("J")], .moveItem(1), help: "Move this step one hop later")]
        default:
            return []
        }
    }
}

// MARK: Claims (and the Overview's claims list)

extension ClaimsScreen {
    public func selectedItem(in state: AppState) -> ItemRef? { ClaimRows.selectedItem(in: state, list: Self.claimsList) }
    public func newItem(in state: AppState) -> NewItem? { NewItem(.claim) }
    public func selectionAnchor(in state: AppState) -> SelectionAnchor? { ClaimRows.anchor(in: state, list: Self.claimsList) }
    public func restoreSelection(_ anchor: SelectionAnchor, in state: inout AppState) {
        ClaimRows.reselect(anchor, in: &state, list: Self.claimsList)
    }

    public func editingBindings(in state: AppState) -> [KeyBinding] {
        guard case .claim(let id)? = selectedItem(in: state) else { return [] }
        return [KeyBinding([.character("x")], .editList(.exceptions(claim: id)),
                           help: "Approved exceptions to the selected claim")]
    }
}

extension OverviewScreen {
    public func selectedItem(in state: AppState) -> ItemRef? { ClaimRows.selectedItem(in: state, list: Self.claimsList) }
    public func newItem(in state: AppState) -> NewItem? { NewItem(.claim) }
    public func selectionAnchor(in state: AppState) -> SelectionAnchor? { ClaimRows.anchor(in: state, list: Self.claimsList) }
    public func restoreSelection(_ anchor: SelectionAnchor, in state: inout AppState) {
        ClaimRows.reselect(anchor, in: &state, list: Self.claimsList)
    }

    public func editingBindings(in state: AppState) -> [KeyBinding] {
        var bindings = [
            KeyBinding([.character("m")], .editHeader, help: "Edit the map's name, owner and review dates"),
            KeyBinding([.character("o")], .editList(.offerings), help: "The offerings sold, and the region each promises"),
            KeyBinding([.character("c")], .editList(.categories), help: "The data categories the map tracks"),
            KeyBinding([.character("s")], .editList(.signOffs), help: "Who signed the map off, for which team and when"),
        ]
        if case .claim(let id)? = selectedItem(in: state) {
            bindings.append(KeyBinding([.character("x")], .editList(.exceptions(claim: id)),
                                       help: "Approved exceptions to the selected claim"))
        }
        return bindings
    }
}

extension ClaimRows {
    /// The selected claim of a claims list, as an editable item.
    static func selectedItem(in state: AppState, list: ListID) -> ItemRef? {
        selected(in: state, list: list).map { .claim($0.claim.id) }
    }

    static func anchor(in state: AppState, list: ListID) -> SelectionAnchor? {
        selectedItem(in: state, list: list).map { SelectionAnchor(ref: $0, row: state[list: list].selection) }
    }

    /// Selects the anchored claim again (its row may have moved), or the row it was on.
    static func reselect(_ anchor: SelectionAnchor, in state: inout AppState, list: ListID) {
        guard case .claim(let id) = anchor.ref else { return }
        let rows = visible(in: state, list: list)
        let index = state.evaluation.claims.firstIndex { $0.claim.id == id }
        let row = index.flatMap { rows.row(of: $0) } ?? min(anchor.row, max(0, rows.count - 1))
        state[list: list].selection = row
    }
}
