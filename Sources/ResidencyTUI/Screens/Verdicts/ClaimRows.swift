import ResidencyModel

/// The claims list that the Overview and Claims screens share: which claims the search lets
/// through, which one is selected, and how a row reads ("Customer records stay in the EU   ✗ broken").
enum ClaimRows {
    /// Indexes into `state.evaluation.claims` (the map's claim order) that the list's search and
    /// its "offering" and "verdict" filters let through. Without search or filters nothing is visited.
    static func visible(in state: AppState, list: ListID) -> ShownIndexes {
        let listState = state[list: list]
        let offering = listState.filters["offering"] ?? ""
        let verdict = listState.filters["verdict"] ?? ""
        let narrowing = [listState.query, offering, verdict].joined(separator: " ")
        let results = state.evaluation.claims
        return ShownIndexes.matching(results.indices, query: narrowing) { index in
            let result = results[index]
            let claim = result.claim
            return ListState.matches(query: listState.query, in: [claim.text, claim.id, claim.offering, result.verdict.label])
                && ListState.matches(query: offering, in: [claim.offering])
                && ListState.matches(query: verdict, in: [result.verdict.label, result.verdict.rawValue])
        }
    }

    /// The selected row, kept inside the list (the stored selection may be stale after a search).
    static func selectedRow(in state: AppState, list: ListID, rows: ShownIndexes) -> Int? {
        guard !rows.isEmpty else { return nil }
        return min(max(0, state[list: list].selection), rows.count - 1)
    }

    /// The selected claim's result, if the list shows any.
    static func selected(in state: AppState, list: ListID) -> ClaimResult? {
        let rows = visible(in: state, list: list)
        guard let row = selectedRow(in: state, list: list, rows: rows), let index = rows[row] else { return nil }
        return state.evaluation.claims[index]
    }

    /// Selects the claim with this id, clearing a search that hides it. Returns whether it exists.
    @discardableResult
    static func select(claim id: String, in state: inout AppState, list: ListID, visibleRows: Int) -> Bool {
        guard let index = state.evaluation.claims.firstIndex(where: { $0.claim.id == id }) else { return false }
        var rows = visible(in: state, list: list)
        if rows.row(of: index) == nil {
            state[list: list].query = ""
            state[list: list].filters = [:]
            rows = visible(in: state, list: list)
        }
        guard let row = rows.row(of: index) else { return false }
        state[list: list].select(row, count: rows.count, visibleRows: visibleRows)
        return true
    }

    /// The least room a claim's text keeps before the verdict column drops its word for the symbol.
    static let minimumTextWidth = 32

    /// One row: the claim's text cut to fit, then its verdict in a column of its own. `width` is
    /// the room the list gives the row's text (after the selection marker).
    static func line(_ result: ClaimResult, width: Int, theme: Theme) -> Line {
        let verdictWidth = width - VerdictLabel.columnWidth - 2 >= minimumTextWidth ? VerdictLabel.columnWidth : 1
        let verdict = verdictWidth == 1 ? result.verdict.symbol : VerdictLabel.columnText(result.verdict)
        let textWidth = max(1, width - verdictWidth - 2)
        let text = TextFitting.pad(TextSanitizer.sanitize(result.claim.text), to: textWidth)
        return Line([
            Span(text, style: theme.text),
            Span("  "),
            Span(verdict, style: theme.style(for: result.verdict)),
        ])
    }

    /// The width rows get inside a list drawn in `area` with `count` rows.
    static func rowWidth(in area: Rect, count: Int) -> Int {
        area.width - ListView.markerWidth - (count > area.height ? 1 : 0)
    }

    /// The title note of a claims list: "2 of 5", or "none".
    static func position(_ selected: Int?, of rows: ShownIndexes) -> String {
        guard let selected else { return "none" }
        return "\(selected + 1) of \(rows.count)"
    }

    /// What an empty claims list says.
    static func emptyText(in state: AppState) -> String {
        state.map.claims.isEmpty ? "The map makes no claims yet." : "No claim matches the search."
    }
}
