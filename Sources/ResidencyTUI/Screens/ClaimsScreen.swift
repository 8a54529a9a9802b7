import ResidencyModel

/// Every claim with its verdict; for the selected one, the honest answer and what stands behind
/// the verdict: its breaches (open, or covered by an exception, with the exception's approval and
/// expiry) and, apart from them, what nobody has confirmed. Enter on a breach goes to its system,
/// role or flow step; Enter on a claim reads its answer out, full screen, large enough to read
/// aloud on a call.
///
/// Two panes take the keys in turn: the claims list, and the breaches (→ and ← move between them).
/// The focused pane has the heavy border and, below 120 columns, the larger share of the screen.
public struct ClaimsScreen: Screen {
    public static let claimsList: ListID = "claims.claims"
    public static let breachesList: ListID = "claims.breaches"

    /// The pane the movement keys act on.
    public enum Pane: Sendable, Hashable {
        case claims
        case breaches
    }

    /// What the screen remembers beyond its two lists.
    public struct ViewState: Sendable, Hashable {
        public var pane: Pane
        /// Whether the read-out (the claim and its answer alone, full screen) is open.
        public var isReadingOut: Bool
        /// The first line of the read-out shown.
        public var readOutScroll: Int

        public init(pane: Pane = .claims, isReadingOut: Bool = false, readOutScroll: Int = 0) {
            self.pane = pane
            self.isReadingOut = isReadingOut
            self.readOutScroll = readOutScroll
        }
    }

    public enum ViewKey: ScreenStateKey {
        public static var initialValue: ViewState { ViewState() }
    }

    public init() {}

    public var id: ScreenID { .claims }

    // MARK: Keys

    public func keymap(in state: AppState) -> Keymap {
        let view = state[ViewKey.self]
        if view.isReadingOut {
            return Keymap(title: "Claims: read-out", bindings: [
                KeyBinding([.escape, .enter], .back, help: "Close the read-out", footer: "close"),
                KeyBinding([.left, .character("h")], .moveLeft, help: "Read out the previous claim", footer: "previous"),
                KeyBinding([.right, .character("l")], .moveRight, help: "Read out the next claim", footer: "next"),
                KeyBinding([.up, .character("k")], .moveUp, help: "Scroll the answer up"),
                KeyBinding([.down, .character("j")], .moveDown, help: "Scroll the answer down"),
            ])
        }
        switch view.pane {
        case .claims:
            return Keymap(title: "Claims", bindings: [
                KeyBinding([.enter], .open, help: "Read the claim's answer out, full screen", footer: "read out"),
                KeyBinding([.right, .character("l")], .moveRight, help: "Go to the claim's breaches", footer: "breaches"),
            ])
        case .breaches:
            return Keymap(title: "Claims: breaches", bindings: [
                KeyBinding([.enter], .open, help: "Go to the breach's system, role or flow step", footer: "go to"),
                KeyBinding([.left, .character("h")], .moveLeft, help: "Back to the list of claims", footer: "claims"),
            ])
        }
    }

    public func focusedList(in state: AppState) -> ListFocus? {
        let view = state[ViewKey.self]
        guard !view.isReadingOut else { return nil }
        let selected = ClaimRows.selected(in: state, list: Self.claimsList)
        let layout = Layout(state, area: state.contentArea, result: selected, pane: view.pane)
        switch view.pane {
        case .claims:
            return ListFocus(id: Self.claimsList, count: ClaimRows.visible(in: state, list: Self.claimsList).count,
                             visibleRows: layout.claimRows.height)
        case .breaches:
            let count = selected.map { ClaimEvidence($0).rows.rowCount } ?? 0
            return ListFocus(id: Self.breachesList, count: count, visibleRows: layout.breachRows.height)
        }
    }

    // MARK: Update

    public func update(_ state: inout AppState, action: Action) -> UpdateResult {
        if state[ViewKey.self].isReadingOut { return updateReadOut(&state, action: action) }
        let pane = state[ViewKey.self].pane
        switch action {
        case .moveLeft:
            state[ViewKey.self].pane = .claims
            return .handled
        case .moveRight:
            focusBreaches(&state)
            return .handled
        case .open:
            if pane == .claims {
                openReadOut(&state)
            } else {
                openSelectedBreach(&state)
            }
            return .handled
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            if pane == .claims { moveClaims(&state, action) } else { moveBreaches(&state, action) }
            return .handled
        case .startSearch, .startFilter:
            // A search always narrows the claims.
            state[ViewKey.self].pane = .claims
            return .ignored
        default:
            return .ignored
        }
    }

    public func reveal(_ element: MapElement, in state: inout AppState) {
        switch element {
        case .claim(let id):
            selectClaim(id, in: &state)
        case .exception(let id):
            guard let exception = state.map.exceptions.first(where: { $0.id == id }),
                  selectClaim(exception.claim, in: &state),
                  let result = ClaimRows.selected(in: state, list: Self.claimsList) else { return }
            // The breach this exception covers (or covered, before it expired).
            let evidence = ClaimEvidence(result)
            guard let index = evidence.breaches.firstIndex(where: { $0.coveredBy == id || $0.lapsedException == id }),
                  let row = evidence.rows.row(section: ClaimEvidence.breachSection, index: index) else { return }
            state[ViewKey.self].pane = .breaches
            selectBreachRow(row, in: &state, rows: evidence.rows)
        default:
            break
        }
    }

    @discardableResult
    private func selectClaim(_ id: String, in state: inout AppState) -> Bool {
        state[ViewKey.self] = ViewState(pane: .claims)
        let visible = focusedList(in: state)?.visibleRows ?? 1
        let found = ClaimRows.select(claim: id, in: &state, list: Self.claimsList, visibleRows: visible)
        state[list: Self.breachesList] = ListState()
        return found
    }

    private func moveClaims(_ state: inout AppState, _ action: Action) {
        guard let focus = focusedList(in: state) else { return }
        let before = state[list: Self.claimsList].selection
        var list = state[list: Self.claimsList]
        switch action {
        case .moveUp: list.move(by: -1, count: focus.count, visibleRows: focus.visibleRows)
        case .moveDown: list.move(by: 1, count: focus.count, visibleRows: focus.visibleRows)
        case .pageUp: list.pageUp(count: focus.count, visibleRows: focus.visibleRows)
        case .pageDown: list.pageDown(count: focus.count, visibleRows: focus.visibleRows)
        case .top: list.moveToTop(count: focus.count, visibleRows: focus.visibleRows)
        default: list.moveToBottom(count: focus.count, visibleRows: focus.visibleRows)
        }
        state[list: Self.claimsList] = list
        // Another claim: its breaches start from the top.
        if list.selection != before { state[list: Self.breachesList] = ListState() }
    }

    private func moveBreaches(_ state: inout AppState, _ action: Action) {
        guard let result = ClaimRows.selected(in: state, list: Self.claimsList),
              let focus = focusedList(in: state) else { return }
        let rows = ClaimEvidence(result).rows
        let current = state[list: Self.breachesList].selection
        let page = max(1, focus.visibleRows - 1)
        let target: Int?
        switch action {
        case .moveUp: target = rows.itemRow(from: current, by: -1)
        case .moveDown: target = rows.itemRow(from: current, by: 1)
        case .pageUp: target = rows.itemRow(from: current, by: -page)
        case .pageDown: target = rows.itemRow(from: current, by: page)
        case .top: target = rows.firstItemRow
        default: target = rows.lastItemRow
        }
        if let target { selectBreachRow(target, in: &state, rows: rows) }
    }

    private func selectBreachRow(_ row: Int, in state: inout AppState, rows: SectionedRows) {
        let visible = focusedList(in: state)?.visibleRows ?? 1
        var list = state[list: Self.breachesList]
        list.selection = row
        list.offset = rows.offset(showing: row, from: list.offset, visibleRows: visible)
        state[list: Self.breachesList] = list
    }

    private func focusBreaches(_ state: inout AppState) {
        guard let result = ClaimRows.selected(in: state, list: Self.claimsList) else {
            state.status = StatusMessage("No claim selected")
            return
        }
        let rows = ClaimEvidence(result).rows
        guard let row = rows.itemRow(near: state[list: Self.breachesList].selection) else {
            state.status = StatusMessage("Nothing breaks this claim and nothing in it is unconfirmed")
            return
        }
        state[ViewKey.self].pane = .breaches
        selectBreachRow(row, in: &state, rows: rows)
    }

    private func openSelectedBreach(_ state: inout AppState) {
        guard let result = ClaimRows.selected(in: state, list: Self.claimsList) else { return }
        let evidence = ClaimEvidence(result)
        guard let row = evidence.rows.itemRow(near: state[list: Self.breachesList].selection),
              let element = evidence.element(atRow: row) else {
            state.status = StatusMessage("Nothing to open here")
            return
        }
        state.jump(to: element)
    }

    private func openReadOut(_ state: inout AppState) {
        guard ClaimRows.selected(in: state, list: Self.claimsList) != nil else {
            state.status = StatusMessage("No claim selected")
            return
        }
        state[ViewKey.self].isReadingOut = true
        state[ViewKey.self].readOutScroll = 0
    }

    private func updateReadOut(_ state: inout AppState, action: Action) -> UpdateResult {
        switch action {
        case .back, .open:
            state[ViewKey.self].isReadingOut = false
            return .handled
        case .moveLeft, .moveRight:
            let rows = ClaimRows.visible(in: state, list: Self.claimsList)
            let visible = Layout(state, area: state.contentArea, result: nil, pane: .claims).claimRows.height
            state[list: Self.claimsList].move(by: action == .moveLeft ? -1 : 1, count: rows.count, visibleRows: visible)
            state[list: Self.breachesList] = ListState()
            state[ViewKey.self].readOutScroll = 0
            return .handled
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            guard let result = ClaimRows.selected(in: state, list: Self.claimsList) else { return .handled }
            let frame = ClaimReadOut.Frame(result, theme: state.theme, area: state.contentArea)
            let last = frame.lastScroll
            let page = max(1, frame.body.height - 1)
            var scroll = state[ViewKey.self].readOutScroll
            switch action {
            case .moveUp: scroll -= 1
            case .moveDown: scroll += 1
            case .pageUp: scroll -= page
            case .pageDown: scroll += page
            case .top: scroll = 0
            default: scroll = last
            }
            state[ViewKey.self].readOutScroll = min(max(0, scroll), last)
            return .handled
        case .startSearch, .startFilter:
            state[ViewKey.self] = ViewState(pane: .claims)
            return .ignored
        case .nextScreen, .previousScreen, .showScreen:
            // Leaving the screen closes the read-out; help opens over it and keeps it.
            state[ViewKey.self].isReadingOut = false
            return .ignored
        default:
            return .ignored
        }
    }

    // MARK: Drawing

    public func render(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        let view = state[ViewKey.self]
        let rows = ClaimRows.visible(in: state, list: Self.claimsList)
        let selectedRow = ClaimRows.selectedRow(in: state, list: Self.claimsList, rows: rows)
        let results = state.evaluation.claims
        let selected = selectedRow.flatMap { rows[$0] }.map { results[$0] }

        if view.isReadingOut, let selected, let selectedRow {
            ClaimReadOut.render(selected, position: ClaimRows.position(selectedRow, of: rows), scroll: view.readOutScroll,
                           theme: theme, into: &buffer, area: area)
            return
        }

        let layout = Layout(state, area: area, result: selected, pane: view.pane)
        let claimsFocused = view.pane == .claims
        let listState = state[list: Self.claimsList]
        let title = listState.query.isEmpty ? "Claims" : "Claims matching \"\(listState.query)\""
        let inner = Box(title: Line(title, style: theme.title),
                        trailingTitle: Line(ClaimRows.position(selectedRow, of: rows), style: theme.muted),
                        borders: claimsFocused ? .heavy : .plain, style: theme.border)
            .render(into: &buffer, area: layout.claims)
        let width = ClaimRows.rowWidth(in: inner, count: rows.count)
        // The selected claim stays marked while the breaches have the keys, in bold, not reversed.
        ListView(count: rows.count, state: listState, highlight: claimsFocused ? theme.selection : theme.heading,
                 emptyText: Line(ClaimRows.emptyText(in: state), style: theme.muted)) { row in
            guard let index = rows[row] else { return Line() }
            return ClaimRows.line(results[index], width: width, theme: theme)
        }.render(into: &buffer, area: inner)

        renderAnswer(selected, layout: layout, pane: view.pane, state: state, into: &buffer)
        renderEvidence(selected, layout: layout, pane: view.pane, state: state, into: &buffer)
    }

    private func renderAnswer(_ result: ClaimResult?, layout: Layout, pane: Pane, state: AppState, into buffer: inout ScreenBuffer) {
        let theme = state.theme
        let empty = state.map.claims.isEmpty ? "The map makes no claims yet." : "No claim selected."
        let hint = result != nil && pane == .claims ? Line("Enter reads it out", style: theme.muted) : nil
        guard layout.isSideBySide, let result else {
            AnswerPane.render(result, trailing: hint, emptyText: empty, theme: theme, into: &buffer, area: layout.answer)
            return
        }
        // Side by side there is room for the answer as it is read out.
        let inner = Box(title: Line("Honest answer", style: theme.title), trailingTitle: hint, style: theme.border)
            .render(into: &buffer, area: layout.answer)
        let text = inner.inset(left: 1, right: 1)
        Paragraph(AnswerPane.readOutLines(result, theme: theme, width: text.width), wraps: false)
            .render(into: &buffer, area: text)
    }

    private func renderEvidence(_ result: ClaimResult?, layout: Layout, pane: Pane, state: AppState, into buffer: inout ScreenBuffer) {
        let theme = state.theme
        let focused = pane == .breaches
        let hint = result != nil && !focused ? Line("→ to choose", style: theme.muted) : nil
        Box(title: Line("Where it breaks", style: theme.title), trailingTitle: hint,
            borders: focused ? .heavy : .plain, style: theme.border)
            .render(into: &buffer, area: layout.breaches)
        guard let result else { return }
        let evidence = ClaimEvidence(result)
        let rows = evidence.rows
        let listState = state[list: Self.breachesList]
        let empty = result.verdict == .holds
            ? "Nothing breaks this claim, and everything in it is confirmed."
            : "Nothing to list."
        SectionedListView(
            rows: rows, state: listState, highlight: theme.selection, showsSelection: focused,
            emptyText: Line(empty, style: theme.good),
            heading: { evidence.heading(section: $0, theme: theme) },
            item: { evidence.line(section: $0, index: $1, map: state.map, theme: theme) }
        ).render(into: &buffer, area: layout.breachRows)

        let selection = SectionedListView.selection(listState, in: rows)
        if let box = layout.detailBox {
            let title = selection.flatMap { evidence.title(atRow: $0, theme: theme) } ?? Line("Selected", style: theme.title)
            Box(title: title, style: theme.border).render(into: &buffer, area: box)
        } else if !layout.detail.isEmpty {
            // A rule heads the strip under the list.
            buffer.fill(layout.detail.row(0), with: "─", style: theme.border)
        }
        guard let selection else { return }
        let text = layout.detailBox == nil ? layout.detail.inset(top: 1) : layout.detail
        Paragraph(evidence.detail(atRow: selection, map: state.map, theme: theme)).render(into: &buffer, area: text)
    }

    // MARK: Layout

    /// Where the parts go. Below 120 columns: the claims on top (a row per claim, at most a
    /// quarter of the height), then the answer and the breaches; while the breaches have the keys
    /// the answer shrinks to its summary and the selected breach shows in full under the list.
    /// From 120 columns: claims and breaches on the left; on the right the answer in its read-out
    /// form and, under it, the selected breach in full.
    struct Layout {
        static let sideBySideWidth = 120

        var claims: Rect
        var answer: Rect
        var breaches: Rect
        /// The breaches list, inside its box (above the detail strip when there is one).
        var breachRows: Rect
        /// Where the selected breach is shown in full: a strip under the list, headed by a rule,
        /// or (side by side) a box of its own; empty when it is not shown.
        var detail: Rect
        /// The detail's own box, side by side only.
        var detailBox: Rect?
        var isSideBySide: Bool

        /// The rows of the claims list, inside its box.
        var claimRows: Rect { Box.inner(of: claims) }

        init(_ state: AppState, area: Rect, result: ClaimResult?, pane: Pane) {
            let claimCount = max(1, state.evaluation.claims.count)
            isSideBySide = area.width >= Self.sideBySideWidth
            if isSideBySide {
                let columns = area.split(.horizontal, [.percentage(55), .fill(1)])
                let left = columns[0]
                let claimRows = min(claimCount, max(3, left.height / 3))
                let parts = left.split(.vertical, [.length(claimRows + 2), .fill(1)])
                claims = parts[0]
                breaches = parts[1]
                breachRows = Box.inner(of: breaches)
                let right = columns[1].split(.vertical, [.fill(1), .length(min(10, columns[1].height / 3))])
                answer = right[0]
                detailBox = right[1]
                detail = Box.inner(of: right[1]).inset(left: 1, right: 1)
                return
            }
            let claimRows = min(claimCount, max(3, area.height / 4))
            let parts = area.split(.vertical, [.length(claimRows + 2), .fill(1)])
            claims = parts[0]
            let rest = parts[1]
            let answerHeight: Int
            if pane == .claims {
                let answerLines = AnswerPane.lineCount(result, theme: state.theme, width: rest.width - 4)
                answerHeight = min(answerLines + 2, max(4, rest.height * 3 / 5))
            } else {
                answerHeight = min(3, rest.height / 3)
            }
            answer = rest.top(answerHeight)
            breaches = rest.inset(top: answerHeight)
            detailBox = nil
            let inner = Box.inner(of: breaches)
            let strip: Int
            switch pane == .breaches ? inner.height : 0 {
            case 16...: strip = 8
            case 10...: strip = 6
            case 7...: strip = 4
            case 5...: strip = 3
            default: strip = 0
            }
            breachRows = inner.inset(bottom: strip)
            detail = inner.bottom(strip).inset(left: 1, right: 1)
        }
    }
}
