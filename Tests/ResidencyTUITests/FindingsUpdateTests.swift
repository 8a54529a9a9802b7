import ResidencyModel
import ResidencyTUI
import Testing

@Suite("Findings: filters, search and jumps")
struct FindingsUpdateTests {
    private func findingsState(_ map: ResidencyMap = VerdictFixtures.acme) -> AppState {
        var state = VerdictFixtures.state(map)
        state.handle(.character("6"))
        return state
    }

    private func shownCount(_ state: AppState) -> Int {
        ScreenCatalog.screen(for: .findings).focusedList(in: state)?.count ?? -1
    }

    @Test("e, w and i show one severity; the same key again shows all; a and Esc clear")
    func severityFilter() {
        var state = findingsState()
        #expect(state.currentScreen == .findings)
        #expect(shownCount(state) == 27)
        state.handle(.character("e"))
        #expect(state[list: FindingsScreen.list].filters == [FindingsScreen.severityFilter: "error"])
        #expect(shownCount(state) == 3)
        #expect(FindingsScreen.selected(in: state)?.severity == .error)
        state.handle(.character("e"))
        #expect(shownCount(state) == 27)
        state.handle(.character("w"))
        #expect(shownCount(state) == 21)
        VerdictFixtures.press(Array(repeating: .character("j"), count: 30), on: &state)
        #expect(FindingsScreen.selected(in: state)?.severity == .warning)
        state.handle(.character("i"))
        #expect(shownCount(state) == 3)
        #expect(state[list: FindingsScreen.list].selection == 0)
        #expect(VerdictFixtures.screenText(state).contains("1 of 3"))
        state.handle(.character("a"))
        #expect(shownCount(state) == 27)
        VerdictFixtures.press([.character("w"), .escape], on: &state)
        #expect(shownCount(state) == 27)
        #expect(state.currentScreen == .findings)
    }

    @Test("Every finding of the chosen severity is shown, and only those", arguments: Severity.allCases)
    func filterMatchesSeverity(severity: Severity) {
        var state = findingsState()
        state.apply(FindingsScreen.show(severity))
        let expected = state.evaluation.findings.filter { $0.severity == severity }
        var shown: [Finding] = []
        for row in 0..<shownCount(state) {
            state[list: FindingsScreen.list].selection = row
            if let finding = FindingsScreen.selected(in: state) { shown.append(finding) }
        }
        #expect(shown == expected)
    }

    @Test("A typed severity filter works too, and a wrong one says what to type")
    func typedFilter() {
        var state = findingsState()
        state.apply(.startFilter(FindingsScreen.severityFilter))
        VerdictFixtures.press("warn".map { Key.character($0) } + [.enter], on: &state)
        #expect(shownCount(state) == 21)
        state.apply(.startFilter(FindingsScreen.severityFilter))
        VerdictFixtures.press([.control("u"), .character("x"), .enter], on: &state)
        #expect(shownCount(state) == 0)
        #expect(VerdictFixtures.screenText(state).contains("\"x\"? use e, w, i"))
    }

    @Test("/ narrows the findings as you type, within the chosen severity")
    func search() {
        var state = findingsState()
        VerdictFixtures.press([.character("/")] + "staging".map { Key.character($0) } + [.enter], on: &state)
        #expect(shownCount(state) == 3)
        state.handle(.character("e"))
        #expect(shownCount(state) == 1)
        #expect(FindingsScreen.selected(in: state)?.kind == .productionCopiedToStaging)
        // Case and accents do not matter.
        state.handle(.character("a"))
        VerdictFixtures.press([.character("/")] + "ZURICH".map { Key.character($0) } + [.enter], on: &state)
        #expect(shownCount(state) == 0)
        #expect(VerdictFixtures.screenText(state).contains("No finding matches. Press a to show them all."))
    }

    @Test("Enter goes to the finding's subject; Esc comes back to the same finding")
    func jump() {
        var state = findingsState()
        #expect(FindingsScreen.selected(in: state)?.subject == .system("error-tracking"))
        state.handle(.enter)
        #expect(state.stack == [.findings, .systems])
        state.handle(.escape)
        #expect(state.stack == [.findings])
        // The expired exception's finding opens the Claims screen on the breach it no longer covers.
        VerdictFixtures.press([.character("e"), .character("j"), .character("j")], on: &state)
        #expect(FindingsScreen.selected(in: state)?.subject == .exception("ex-archive-purge"))
        state.handle(.enter)
        #expect(state.stack == [.findings, .claims])
        #expect(state.evaluation.claims[state[list: ClaimsScreen.claimsList].selection].claim.id == "eu-records")
        #expect(state[ClaimsScreen.ViewKey.self].pane == .breaches)
        #expect(VerdictFixtures.screenText(state).contains("› ✗ storage     ex-archive-purge expired"))
        state.handle(.escape)
        #expect(state.currentScreen == .findings)
        #expect(state[list: FindingsScreen.list].selection == 2)
    }

    @Test("The detail shows what is wrong, why it matters, the fix and where Enter goes")
    func detail() {
        let state = findingsState()
        let finding = state.evaluation.findings[0]
        let screen = VerdictFixtures.screenText(state)
        #expect(screen.contains("✗ error · Request payloads in telemetry"))
        #expect(screen.contains("What   User IDs, IP addresses and request payloads reach Error tracking."))
        #expect(screen.contains("Why    Whole request bodies in telemetry"))
        #expect(screen.contains("Fix    Turn off payload capture"))
        #expect(screen.contains("Where  system error-tracking · Enter opens Systems"))
        #expect(finding.kind.why.hasPrefix("Whole request bodies"))
    }

    @Test("Severity counts come from slices of the sorted findings, the same as counting them")
    func severityCounts() {
        for map in [VerdictFixtures.acme, VerdictFixtures.hostile, MapGenerator(seed: 7).map(systems: 400)] {
            let state = VerdictFixtures.state(map)
            let findings = state.evaluation.findings
            // The slices rely on the engine's order: most severe first.
            #expect(zip(findings, findings.dropFirst()).allSatisfy { $0.severity >= $1.severity })
            var copy = state
            copy.handle(.character("6"))
            for severity in Severity.allCases {
                copy.apply(FindingsScreen.show(severity))
                #expect(shownCount(copy) == findings.filter { $0.severity == severity }.count)
                copy.apply(.clearFilters)
            }
        }
    }

    @Test("The footer names Enter and the severity keys")
    func footer() {
        let state = findingsState()
        #expect(AppView.render(state).text(row: 23).hasPrefix("Enter go to  e errors  w warnings  i info"))
    }
}
