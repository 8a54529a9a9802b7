import ResidencyModel
import ResidencyTUI
import Testing

/// Key sequences on the Systems screen: filters, search, details, jumps.
@Suite("Systems: key sequences")
struct SystemsUpdateTests {
    private let screen = ScreenCatalog.screen(for: .systems)

    private func rowCount(_ state: AppState) -> Int { screen.focusedList(in: state)?.count ?? -1 }

    /// The system names in the list as drawn (the first column of each table row).
    private func listedNames(_ state: AppState) -> [String] {
        let lines = AppView.render(state).lines
        guard let header = lines.firstIndex(where: { $0.contains("System ") && $0.contains("Kind") }) else { return [] }
        return lines[(header + 1)...].prefix { $0.hasPrefix("┃") }.compactMap { line in
            // "┃› Name    kind ...┃": the marker, then cells two spaces apart.
            let row = line.dropFirst(3).dropLast()
            let name = row.components(separatedBy: "  ").first?.trimmingCharacters(in: .whitespaces) ?? ""
            return name.isEmpty ? nil : name
        }
    }

    /// Whether the list shows exactly these systems, in order; a name cut to its column ("Monthly
    /// restore-test in…") counts when it is the start of the expected name.
    private func shows(_ state: AppState, _ expected: [String]) -> Bool {
        let listed = listedNames(state)
        return listed.count == expected.count && zip(listed, expected).allSatisfy { shown, name in
            shown == name || (shown.hasSuffix("…") && name.hasPrefix(String(shown.dropLast())))
        }
    }

    @Test("t filters by kind as you type; the title shows the filter; Esc while typing undoes it")
    func kindFilter() {
        var state = MapScreenMaps.state(pressing: [.character("2")])
        #expect(rowCount(state) == 29)
        state.handle(.character("t"))
        #expect(state.mode == .filter(SystemsScreen.list, name: "kind"))
        for key in MapScreenMaps.typing("backup") { state.handle(key) }
        #expect(rowCount(state) == 2)
        #expect(shows(state, ["Nightly backups", "Legacy snapshot archive"]), "\(listedNames(state))")
        state.handle(.enter)
        #expect(AppView.render(state).text(row: 1).contains("Systems · kind backup"))
        state.handle(.character("t"))
        state.handle(.backspace)
        state.handle(.escape)
        #expect(rowCount(state) == 2, "Esc while typing puts back the filter there was")
    }

    @Test("/ narrows by text over name, vendor, location and status, ignoring case and accents")
    func textSearch() {
        var state = MapScreenMaps.state(pressing: [.character("2"), .character("/")] + MapScreenMaps.typing("DUBLIN"))
        #expect(shows(state, ["Nightly backups", "Monthly restore-test instance"]), "\(listedNames(state))")
        state.handle(.enter)
        state.handle(.escape)
        #expect(rowCount(state) == 29, "Esc clears the search once typing is done")
        for key in [.character("/")] + MapScreenMaps.typing("assumed") { state.handle(key) }
        #expect(shows(state, ["Support desk", "CRM", "Feature flags"]), "\(listedNames(state))")
        var hostile = MapScreenMaps.state(MapScreenMaps.hostile, pressing: [.character("2"), .character("/")] + MapScreenMaps.typing("zurich"))
        #expect(rowCount(hostile) == 1)
        hostile.handle(.enter)
        #expect(shows(hostile, ["Zürich cache"]), "\(listedNames(hostile))")
    }

    @Test("Jurisdiction and data filters combine; x clears them all")
    func jurisdictionAndData() {
        var state = MapScreenMaps.state(pressing: [.character("2"), .character("r")] + MapScreenMaps.typing("us") + [.enter])
        #expect(rowCount(state) == 7, "CDN, the legacy archive and five US services")
        for key in [.character("d")] + MapScreenMaps.typing("billing") + [.enter] { state.handle(key) }
        #expect(shows(state, ["Legacy snapshot archive", "Payments"]), "\(listedNames(state))")
        #expect(AppView.render(state).text(row: 1).contains("in us · data billing"))
        state.handle(.character("x"))
        #expect(rowCount(state) == 29)
        state.apply(.startFilter("jurisdiction"))
        for key in MapScreenMaps.typing("unknown") { state.handle(key) }
        #expect(shows(state, ["Customer-success contractor's laptop"]), "\(listedNames(state))")
        state.handle(.control("u"))
        for key in MapScreenMaps.typing("germany") { state.handle(key) }
        #expect(rowCount(state) == 19, "a country's name finds the systems there: 16 in Frankfurt, 2 in DE, the CDN")
    }

    @Test("Enter gives the details the keys: j scrolls them, not the list; Esc returns to the list")
    func details() {
        var state = MapScreenMaps.state(pressing: [.character("2"), .character("G")])
        let selection = state[list: SystemsScreen.list].selection
        state.handle(.enter)
        #expect(state.keymap.title == "Systems: details")
        #expect(AppView.render(state).text(row: 1).contains("Customer-success contractor's laptop"))
        state.handle(.character("j"))
        state.handle(.character("j"))
        #expect(state[list: SystemsScreen.list].selection == selection)
        #expect(AppView.render(state).text(row: 1).contains("3–"))
        state.handle(.escape)
        #expect(state.keymap.title == "Systems")
        #expect(state.currentScreen == .systems)
        #expect(AppView.render(state).lines.contains { $0.contains("› Customer-success") })
    }

    @Test("A jump to a system selects it and opens its details, even through a filter that hid it; Esc goes back")
    func jumpReveal() {
        var state = MapScreenMaps.state(pressing: [.character("2"), .character("t")] + MapScreenMaps.typing("logs") + [.enter, .character("6")])
        state.jump(to: .system("payments"))
        #expect(state.stack == [.findings, .systems])
        #expect(state[list: SystemsScreen.list].filters.isEmpty)
        let frame = AppView.render(state)
        #expect(frame.text(row: 1).contains("Payments"))
        #expect(frame.lines.contains { $0.contains("Stripe") })
        state.handle(.escape)
        #expect(state.currentScreen == .findings)

        var copy = MapScreenMaps.state(pressing: [.character("5")])
        copy.jump(to: .copy(from: "db-main", to: "staging-db", kind: .stagingCopy))
        #expect(AppView.render(copy).text(row: 1).contains("Primary database"))
    }

    @Test("A jump to a system the map lacks says so and selects nothing new")
    func jumpMissing() {
        var state = MapScreenMaps.state(pressing: [.character("6")])
        state.jump(to: .system("nowhere"))
        #expect(state.currentScreen == .systems)
        #expect(state.status?.text.contains("no system") == true)
    }
}
