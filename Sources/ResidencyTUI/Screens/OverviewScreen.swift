import ResidencyModel

/// The first screen, the one-minute answer: which map this is, who owns it, whether its review
/// is due, what it holds and how many findings it has by severity; every claim with its verdict;
/// and the honest answer for the selected claim, in full view at 80 x 24 the moment the tool opens.
///
///     ┌ Acme Workflow ────────────────────────────── acme-saas.yaml ─┐
///     │ Owner     Dana Ortiz (Platform)                               │
///     │ Findings  ✗ 3 errors · ! 21 warnings · i 3 info               │
///     └───────────────────────────────────────────────────────────────┘
///     ┏ Claims ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 1 of 5 ━┓
///     ┃› Customer records stay in the EU                 ✗ broken    ┃
///     ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
///     ┌ Honest answer ─────────────────────────────────── eu-records ┐
///     │ ✗ Broken: 2 breaches outside EU; 3 not confirmed.             │
///     │ Customer records are stored in Frankfurt, Germany and …       │
///
/// Below 120 columns the parts stack; from 120 the claims and the answer sit side by side.
public struct OverviewScreen: Screen {
    public static let claimsList: ListID = "overview.claims"

    public init() {}

    public var id: ScreenID { .overview }

    public func keymap(in state: AppState) -> Keymap {
        Keymap(title: "Overview", bindings: [
            KeyBinding([.enter], .open, help: "Open the selected claim on the Claims screen", footer: "open claim"),
        ])
    }

    public func focusedList(in state: AppState) -> ListFocus? {
        let layout = Layout(state, area: state.contentArea)
        return ListFocus(id: Self.claimsList, count: ClaimRows.visible(in: state, list: Self.claimsList).count,
                         visibleRows: Box.inner(of: layout.claims).height)
    }

    public func update(_ state: inout AppState, action: Action) -> UpdateResult {
        guard action == .open else { return .ignored }
        guard let result = ClaimRows.selected(in: state, list: Self.claimsList) else {
            state.status = StatusMessage("No claim selected")
            return .handled
        }
        // A jump: the Claims screen opens on this claim, and Esc comes back here.
        state.jump(to: .claim(result.claim.id))
        return .handled
    }

    public func reveal(_ element: MapElement, in state: inout AppState) {
        // An offering: its first claim.
        guard case .offering(let offering) = element,
              let first = state.evaluation.claims.first(where: { $0.claim.offering == offering }) else { return }
        let rows = focusedList(in: state)?.visibleRows ?? 1
        ClaimRows.select(claim: first.claim.id, in: &state, list: Self.claimsList, visibleRows: rows)
    }

    public func render(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        let layout = Layout(state, area: area)

        let summary = Box(title: Line(state.map.header.name, style: theme.title),
                          trailingTitle: Line(state.fileName, style: theme.muted), style: theme.border)
            .render(into: &buffer, area: layout.summary)
        Self.summary(state).render(into: &buffer, area: summary.inset(left: 1, right: 1))

        let rows = ClaimRows.visible(in: state, list: Self.claimsList)
        let listState = state[list: Self.claimsList]
        let selected = ClaimRows.selectedRow(in: state, list: Self.claimsList, rows: rows)
        let title = listState.query.isEmpty ? "Claims" : "Claims matching \"\(listState.query)\""
        let inner = Box(title: Line(title, style: theme.title),
                        trailingTitle: Line(ClaimRows.position(selected, of: rows), style: theme.muted),
                        borders: .heavy, style: theme.border).render(into: &buffer, area: layout.claims)
        let width = ClaimRows.rowWidth(in: inner, count: rows.count)
        let results = state.evaluation.claims
        ListView(count: rows.count, state: listState, highlight: theme.selection,
                 emptyText: Line(ClaimRows.emptyText(in: state), style: theme.muted)) { row in
            guard let index = rows[row] else { return Line() }
            return ClaimRows.line(results[index], width: width, theme: theme)
        }.render(into: &buffer, area: inner)

        let result = selected.flatMap { rows[$0] }.map { results[$0] }
        if layout.isSideBySide {
            Self.renderReadableAnswer(result, state: state, into: &buffer, area: layout.answer)
        } else {
            Self.renderAnswer(result, state: state, into: &buffer, area: layout.answer)
        }
        if let findings = layout.findings { Self.renderTopFindings(state, into: &buffer, area: findings) }
    }

    // MARK: Parts

    /// Where the parts go: the summary as tall as its text (at most a third of the screen); below
    /// it the claims, as many rows as there are claims but at most half of what is left, then the
    /// answer. From 120 columns the answer takes the right half in its read-out form, and the
    /// most severe findings fill the left half under the claims.
    struct Layout {
        static let sideBySideWidth = 120

        var summary: Rect
        var claims: Rect
        var answer: Rect
        /// The most severe findings, side by side only.
        var findings: Rect?
        var isSideBySide: Bool

        init(_ state: AppState, area: Rect) {
            let summaryLines = OverviewScreen.summary(state).lineCount(width: Box.inner(of: area).width - 2)
            let parts = area.split(.vertical, [.length(min(summaryLines + 2, max(3, area.height / 3))), .fill(1)])
            summary = parts[0]
            let rest = parts[1]
            isSideBySide = area.width >= Self.sideBySideWidth
            // Sized by the whole list, not the search's matches, so typing does not move the boxes.
            let claimCount = max(1, state.evaluation.claims.count)
            if isSideBySide {
                let columns = rest.split(.horizontal, [.percentage(50), .fill(1)])
                let claimRows = min(claimCount, max(3, columns[0].height / 2 - 2))
                let left = columns[0].split(.vertical, [.length(claimRows + 2), .fill(1)])
                claims = left[0]
                findings = left[1].height >= 4 ? left[1] : nil
                if findings == nil { claims = columns[0] }
                answer = columns[1]
            } else {
                let claimRows = min(claimCount, max(3, (rest.height - 2) / 2))
                let stacked = rest.split(.vertical, [.length(claimRows + 2), .fill(1)])
                claims = stacked[0]
                answer = stacked[1]
                findings = nil
            }
        }
    }

    /// Owner, review state, what the map holds, and its findings by severity.
    static func summary(_ state: AppState) -> FieldList {
        let theme = state.theme
        let map = state.map
        // The claims are listed below; offerings are worth a count only when there are several.
        var counts = [
            CountPhrase.of(map.systems.count, "system"), CountPhrase.of(map.roles.count, "role"),
            CountPhrase.of(map.flows.count, "flow"), CountPhrase.of(map.copies.count, "copy", plural: "copies"),
            CountPhrase.of(map.exceptions.count, "exception"),
        ]
        if map.offerings.count > 1 { counts.insert(CountPhrase.of(map.offerings.count, "offering"), at: 0) }
        return FieldList([
            .init("Owner", Line(map.header.owner, style: theme.text)),
            .init("Review", reviewLine(map.header, today: state.today, theme: theme)),
            .init("Map", Line(counts.joined(separator: " · "), style: theme.text)),
            .init("Findings", findingsLine(state)),
        ], labelStyle: theme.muted)
    }

    /// "✗ 3 errors · ! 21 warnings · i 3 info", each in its severity's style; severities without
    /// findings are left out.
    static func findingsLine(_ state: AppState) -> Line {
        let theme = state.theme
        let slices = FindingSlices(state.evaluation.findings)
        var line = Line()
        for severity in Severity.allCases.reversed() where slices.count(severity) > 0 {
            if !line.spans.isEmpty { line.append(" · ", style: theme.muted) }
            line.append("\(severity.symbol) \(VerdictLabel.count(slices.count(severity), severity))",
                        style: theme.style(for: severity))
        }
        return line.spans.isEmpty ? Line("\(Symbols.holds) none", style: theme.good) : line
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
        } else {
            line.append("  \(Symbols.unknown) no review interval", style: theme.unknown)
        }
        return line
    }

    /// The honest answer for the selected claim: its one-line summary in the verdict's style,
    /// then the answer itself, wrapped. A cut answer ends in "…"; the Claims screen shows it all.
    static func renderAnswer(_ result: ClaimResult?, state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let empty = state.map.claims.isEmpty
            ? "Add claims to the map to see what can honestly be said about them."
            : "Select a claim to see what can honestly be said about it."
        AnswerPane.render(result, trailing: result.map { Line($0.claim.id, style: state.theme.muted) },
                          emptyText: empty, theme: state.theme, into: &buffer, area: area)
    }

    /// The answer in its read-out form (the claim, the summary, a sentence to a paragraph), where
    /// there is room for it.
    static func renderReadableAnswer(_ result: ClaimResult?, state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        guard let result else {
            renderAnswer(nil, state: state, into: &buffer, area: area)
            return
        }
        let theme = state.theme
        let inner = Box(title: Line("Honest answer", style: theme.title),
                        trailingTitle: Line(result.claim.id, style: theme.muted), style: theme.border)
            .render(into: &buffer, area: area)
        let text = inner.inset(left: 1, right: 1)
        Paragraph(AnswerPane.readOutLines(result, theme: theme, width: text.width), wraps: false)
            .render(into: &buffer, area: text)
    }

    /// The most severe findings, as many as fit; the Findings screen (6) lists them all.
    static func renderTopFindings(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        let findings = state.evaluation.findings
        let inner = Box(title: Line("Most severe findings", style: theme.title),
                        trailingTitle: Line("press 6 for all \(findings.count)", style: theme.muted), style: theme.border)
            .render(into: &buffer, area: area)
        let labelWidth = Severity.allCases.map { DisplayWidth.of(VerdictLabel.text($0)) }.max() ?? 9
        ListView(count: findings.count, state: ListState(), showsSelection: false,
                 emptyText: Line("\(Symbols.holds) No findings.", style: theme.good)) { index in
            let finding = findings[index]
            return Line([
                Span(TextFitting.pad(VerdictLabel.text(finding.severity), to: labelWidth) + "  ",
                     style: theme.style(for: finding.severity)),
                Span(finding.kind.title, style: theme.text),
                Span(" · \(finding.message)", style: theme.muted),
            ])
        }.render(into: &buffer, area: inner)
    }
}
