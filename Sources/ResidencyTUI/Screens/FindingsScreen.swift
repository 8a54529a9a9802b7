import ResidencyModel

/// Every finding, most severe first, with a filter by severity (e, w, i; the same key again shows
/// all) and / search. Below the list, the selected finding in full: what is wrong, why it
/// matters, the usual fix, and where Enter goes.
///
///      Show   All 27   ✗ 3 errors   ! 21 warnings   i 3 info
///     ┏ Findings ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 1 of 27 ━┓
///     ┃  Severity  Finding                   What                      ┃
///     ┃› ✗ error   Request payloads in tele… User IDs, IP addresses an…┃
///     ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
///     ┌ ✗ error · Request payloads in telemetry ─ request-payloads-in-… ┐
///     │ What   User IDs, IP addresses and request payloads reach Error …│
///     │ Why    Whole request bodies in telemetry copy customer data …   │
///
/// The severity filter costs nothing however many findings there are: the evaluation lists them
/// by severity, so each severity is one slice of the list (see `FindingSlices`).
public struct FindingsScreen: Screen {
    public static let list: ListID = "findings"
    /// The list's named filter that holds the severity shown ("error", "warning", "info").
    public static let severityFilter = "severity"

    public init() {}

    public var id: ScreenID { .findings }

    public func keymap(in state: AppState) -> Keymap {
        Keymap(title: "Findings", bindings: [
            KeyBinding([.enter], .open, help: "Go to what the selected finding is about", footer: "go to"),
            KeyBinding([.character("e")], Self.show(.error), help: "Show only errors (again: show all)", footer: "errors"),
            KeyBinding([.character("w")], Self.show(.warning), help: "Show only warnings (again: show all)", footer: "warnings"),
            KeyBinding([.character("i")], Self.show(.info), help: "Show only info findings (again: show all)", footer: "info"),
            KeyBinding([.character("a")], .clearFilters, help: "Show all findings: drop the severity and search"),
        ])
    }

    /// The action that shows one severity only.
    public static func show(_ severity: Severity) -> Action {
        ListFilterPreset.action(severityFilter, severity.rawValue)
    }

    public func focusedList(in state: AppState) -> ListFocus? {
        let layout = Layout(area: state.contentArea)
        return ListFocus(id: Self.list, count: Self.shown(in: state).count,
                         visibleRows: TableView.visibleRows(in: Box.inner(of: layout.list)))
    }

    public func update(_ state: inout AppState, action: Action) -> UpdateResult {
        if let preset = ListFilterPreset.parse(action), preset.name == Self.severityFilter {
            // The same key again shows every severity.
            var list = state[list: Self.list]
            list.filters[Self.severityFilter] = list.filters[Self.severityFilter] == preset.value ? nil : preset.value
            list.selection = 0
            list.offset = 0
            state[list: Self.list] = list
            return .handled
        }
        guard action == .open else { return .ignored }
        guard let finding = Self.selected(in: state) else {
            state.status = StatusMessage("No finding selected")
            return .handled
        }
        state.jump(to: finding.subject)
        return .handled
    }

    // MARK: Rows

    /// The severity a filter value asks for: "e", "err" and "error" all mean errors. `.all` when
    /// there is no filter; `.unknown` for a value that names no severity.
    enum SeverityChoice: Hashable {
        case all
        case only(Severity)
        case unknown
    }

    static func severityChoice(in state: AppState) -> SeverityChoice {
        let value = (state[list: list].filters[severityFilter] ?? "").lowercased()
        guard !value.isEmpty else { return .all }
        return Severity.allCases.first { $0.rawValue.hasPrefix(value) }.map(SeverityChoice.only) ?? .unknown
    }

    /// Indexes into `state.evaluation.findings` that the severity filter and the search let through.
    static func shown(in state: AppState) -> ShownIndexes {
        let findings = state.evaluation.findings
        let slices = FindingSlices(findings)
        let range: Range<Int>
        switch severityChoice(in: state) {
        case .all: range = slices.range(for: nil)
        case .only(let severity): range = slices.range(for: severity)
        case .unknown: return ShownIndexes(0..<0)
        }
        let query = state[list: list].query
        guard !query.split(whereSeparator: \.isWhitespace).isEmpty else { return ShownIndexes(range) }
        return ShownIndexes(picked: FindingsSearch.shared.rows(of: findings, in: range, matching: query))
    }

    /// The selected finding, if the list shows any.
    public static func selected(in state: AppState) -> Finding? {
        let rows = shown(in: state)
        guard !rows.isEmpty else { return nil }
        let row = min(max(0, state[list: list].selection), rows.count - 1)
        return rows[row].map { state.evaluation.findings[$0] }
    }

    // MARK: Drawing

    public func render(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        let layout = Layout(area: area)
        let findings = state.evaluation.findings
        let rows = Self.shown(in: state)
        let listState = state[list: Self.list]

        renderStrip(state, into: &buffer, area: layout.strip)

        let selectedRow = rows.isEmpty ? nil : min(max(0, listState.selection), rows.count - 1)
        let position = selectedRow.map { "\($0 + 1) of \(rows.count)" } ?? "none"
        let title = listState.query.isEmpty ? "Findings" : "Findings matching \"\(listState.query)\""
        let inner = Box(title: Line(title, style: theme.title), trailingTitle: Line(position, style: theme.muted),
                        borders: .heavy, style: theme.border).render(into: &buffer, area: layout.list)
        let tableWidth = inner.width - ListView.markerWidth - 1
        let titleWidth = min(Self.longestTitle, max(14, tableWidth * 35 / 100))
        // Narrow, the symbol alone says the severity (the strip above spells the symbols out).
        let wordy = tableWidth >= Self.wordySeverityWidth
        TableView(
            columns: [
                TableColumn(wordy ? "Severity" : "", width: .fixed(wordy ? Self.severityWidth : 1)),
                TableColumn("Finding", width: .fixed(titleWidth)),
                TableColumn("What", width: .fill(1)),
            ],
            count: rows.count, state: listState, highlight: theme.selection, headerStyle: theme.heading,
            emptyText: emptyText(state)
        ) { row in
            guard let index = rows[row] else { return [] }
            let finding = findings[index]
            return [
                Line(wordy ? VerdictLabel.text(finding.severity) : finding.severity.symbol,
                     style: theme.style(for: finding.severity)),
                Line(finding.kind.title, style: theme.text),
                Line(finding.message, style: theme.text),
            ]
        }.render(into: &buffer, area: inner)

        let selected = selectedRow.flatMap { rows[$0] }.map { findings[$0] }
        renderDetail(selected, state: state, into: &buffer, area: layout.detail)
    }

    /// "Show  All 27  ✗ 3 errors  ! 21 warnings  i 3 info", the shown severity in reverse video.
    private func renderStrip(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        let slices = FindingSlices(state.evaluation.findings)
        let choice = Self.severityChoice(in: state)
        var column = area.x + 1
        column += buffer.write("Show", at: Position(column: column, row: area.y), style: theme.muted, maxWidth: area.maxX - column)
        let segments: [(text: String, style: CellStyle, choice: SeverityChoice)] =
            [("All \(slices.range(for: nil).count)", theme.text, .all)]
            + Severity.allCases.reversed().map { severity in
                ("\(severity.symbol) \(VerdictLabel.count(slices.count(severity), severity))",
                 theme.style(for: severity), .only(severity))
            }
        for segment in segments {
            column += 2
            let style = segment.choice == choice ? theme.selection.applied(to: segment.style).bolded : segment.style
            column += buffer.write(" \(segment.text) ", at: Position(column: column, row: area.y), style: style,
                                   maxWidth: max(0, area.maxX - column))
        }
        if choice == .unknown {
            let value = state[list: Self.list].filters[Self.severityFilter] ?? ""
            buffer.write("  \"\(value)\"? use e, w, i", at: Position(column: column, row: area.y),
                         style: theme.error, maxWidth: max(0, area.maxX - column))
        }
    }

    private func emptyText(_ state: AppState) -> Line {
        if state.evaluation.findings.isEmpty {
            return Line("\(Symbols.holds) No findings: nothing in the map needs a look.", style: state.theme.good)
        }
        return Line("No finding matches. Press a to show them all.", style: state.theme.muted)
    }

    /// The selected finding in full.
    private func renderDetail(_ finding: Finding?, state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        guard let finding else {
            Box(title: Line("Finding", style: theme.title), style: theme.border).render(into: &buffer, area: area)
            return
        }
        let title = Line([
            Span(VerdictLabel.text(finding.severity), style: theme.style(for: finding.severity).bolded),
            Span(" · ", style: theme.muted),
            Span(finding.kind.title, style: theme.title),
        ])
        let inner = Box(title: title, trailingTitle: Line(finding.kind.rawValue, style: theme.muted), style: theme.border)
            .render(into: &buffer, area: area)
        let destination = ScreenID.home(of: finding.subject)
        FieldList([
            .init("What", Line(finding.message, style: theme.text)),
            .init("Why", Line(finding.kind.why, style: theme.text)),
            .init("Fix", Line(finding.fix, style: theme.text)),
            .init("Where", Line([
                Span(ElementWords.describe(finding.subject), style: theme.text),
                Span(" · Enter opens \(destination.title)", style: theme.muted),
            ])),
        ], labelStyle: theme.muted).render(into: &buffer, area: inner.inset(left: 1, right: 1))
    }

    /// The table width from which severities are spelled out, not only symbolized.
    static let wordySeverityWidth = 100
    /// The widest severity label, "! warning".
    static let severityWidth = Severity.allCases.map { DisplayWidth.of(VerdictLabel.text($0)) }.max() ?? 9
    /// The widest finding title: the title column never needs more.
    static let longestTitle = FindingKind.allCases.map { DisplayWidth.of($0.title) }.max() ?? 30

    /// The severity strip on top, the list, and the detail box under it: half the height,
    /// between 6 and 12 rows (8 from 120 columns).
    struct Layout {
        var strip: Rect
        var list: Rect
        var detail: Rect

        init(area: Rect) {
            strip = area.top(1)
            let rest = area.inset(top: 1)
            // Wide, the texts wrap less: six lines hold a finding.
            let detailHeight = area.width >= 120 ? min(8, rest.height / 2) : min(12, max(6, rest.height / 2))
            list = rest.inset(bottom: detailHeight)
            detail = rest.bottom(detailHeight)
        }
    }
}
