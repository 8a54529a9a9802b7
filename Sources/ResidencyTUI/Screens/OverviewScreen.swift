import ResidencyModel

/// The first screen: what map this is, who owns it, whether its review is due, what it holds,
/// and its claims. A placeholder until the engine's verdicts arrive; the screens built on the
/// engine replace it, keeping the pattern: layout, focused list, keys, update, render.
public struct OverviewScreen: Screen {
    public static let claimsList: ListID = "overview.claims"

    public init() {}

    public var id: ScreenID { .overview }

    public func keymap(in state: AppState) -> Keymap {
        Keymap(title: "Overview", bindings: [
            KeyBinding([.enter], .open, help: "Open the selected claim on the Claims screen", footer: "open"),
        ])
    }

    public func focusedList(in state: AppState) -> ListFocus? {
        let layout = Layout(state, area: state.contentArea)
        return ListFocus(id: Self.claimsList, count: Self.visibleClaims(in: state).count,
                         visibleRows: Box.inner(of: layout.claims).height)
    }

    public func update(_ state: inout AppState, action: Action) -> UpdateResult {
        guard action == .open else { return .ignored }
        let claims = Self.visibleClaims(in: state)
        let selection = state[list: Self.claimsList].selection
        guard claims.indices.contains(selection) else {
            state.status = StatusMessage("No claim selected")
            return .handled
        }
        // A jump: the Claims screen opens on this claim, and Esc comes back here.
        state.jump(to: .claim(state.map.claims[claims[selection]].id))
        return .handled
    }

    public func render(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        let layout = Layout(state, area: area)
        let header = state.map.header
        let map = state.map

        let summary = Box(title: Line(header.name, style: theme.title), trailingTitle: Line(state.fileName, style: theme.muted),
                          style: theme.border).render(into: &buffer, area: layout.summary)
        Self.summary(state).render(into: &buffer, area: summary.inset(left: 1, right: 1))

        let claims = Self.visibleClaims(in: state)
        let listState = state[list: Self.claimsList]
        let position = claims.isEmpty ? "none" : "\(min(listState.selection, claims.count - 1) + 1) of \(claims.count)"
        let title = listState.query.isEmpty ? "Claims" : "Claims matching \"\(listState.query)\""
        let inner = Box(title: Line(title, style: theme.title), trailingTitle: Line(position, style: theme.muted),
                        borders: .heavy, style: theme.border).render(into: &buffer, area: layout.claims)
        let emptyText = map.claims.isEmpty ? "The map makes no claims yet." : "No claim matches the search."
        ListView(count: claims.count, state: listState, highlight: theme.selection,
                 emptyText: Line(emptyText, style: theme.muted)) { index in
            let claim = map.claims[claims[index]]
            return Line([Span(claim.text, style: theme.text), Span("  (\(claim.offering))", style: theme.muted)])
        }.render(into: &buffer, area: inner)
    }

    // MARK: Parts

    /// Where the parts go: a summary box as tall as its text (at most half the screen), the
    /// claims below.
    struct Layout {
        var summary: Rect
        var claims: Rect

        init(_ state: AppState, area: Rect) {
            let textWidth = Box.inner(of: area).width - 2
            let wanted = OverviewScreen.summary(state).lineCount(width: textWidth) + 2
            let parts = area.split(.vertical, [.length(min(wanted, area.height / 2)), .fill(1)])
            summary = parts[0]
            claims = parts[1]
        }
    }

    /// Owner, review state and what the map holds.
    static func summary(_ state: AppState) -> FieldList {
        let theme = state.theme
        let map = state.map
        let counts = [
            CountPhrase.of(map.offerings.count, "offering"), CountPhrase.of(map.systems.count, "system"),
            CountPhrase.of(map.roles.count, "role"), CountPhrase.of(map.flows.count, "flow"),
            CountPhrase.of(map.copies.count, "copy", plural: "copies"), CountPhrase.of(map.claims.count, "claim"),
            CountPhrase.of(map.exceptions.count, "exception"),
        ]
        return FieldList([
            .init("Owner", Line(map.header.owner, style: theme.text)),
            .init("Review", reviewLine(map.header, today: state.today, theme: theme)),
            .init("Content", Line(counts.joined(separator: " · "), style: theme.text)),
        ], labelStyle: theme.muted)
    }

    /// Indexes into `map.claims` of the claims the search lets through, in map order.
    static func visibleClaims(in state: AppState) -> [Int] {
        let query = state[list: claimsList].query
        return state.map.claims.indices.filter { index in
            let claim = state.map.claims[index]
            return ListState.matches(query: query, in: [claim.text, claim.id, claim.offering])
        }
    }

    static func reviewLine(_ header: MapHeader, today: ISODate, theme: Theme) -> Line {
        guard let last = header.lastReviewed else {
            return Line("\(Symbols.unknown) never reviewed", style: theme.unknown)
        }
        var line = Line("last reviewed \(last)", style: theme.text)
        if let due = header.reviewDue {
            if header.isReviewOverdue(on: today) {
                line.append("  \(Symbols.broken) overdue since \(due)", style: theme.bad)
            } else {
                line.append("  \(Symbols.holds) next due \(due)", style: theme.good)
            }
        }
        return line
    }
}
