import ResidencyModel
import ResidencyTUI
import Testing

@Suite("Claims: key sequences")
struct ClaimsUpdateTests {
    private func claimsState(size: Size = Size(width: 80, height: 24)) -> AppState {
        var state = VerdictFixtures.state(size: size)
        state.handle(.character("5"))
        return state
    }

    private func selectedClaim(_ state: AppState) -> String {
        state.evaluation.claims[state[list: ClaimsScreen.claimsList].selection].claim.id
    }

    @Test("j and k move through the claims; each claim's breaches start from the top")
    func navigateClaims() {
        var state = claimsState()
        #expect(state.currentScreen == .claims)
        #expect(selectedClaim(state) == "eu-records")
        VerdictFixtures.press([.right, .character("j"), .left, .character("j")], on: &state)
        #expect(selectedClaim(state) == "eu-everything")
        #expect(state[list: ClaimsScreen.breachesList] == ListState())
        VerdictFixtures.press([.character("G")], on: &state)
        #expect(selectedClaim(state) == "eu-records-access")
        VerdictFixtures.press([.character("k"), .character("g")], on: &state)
        #expect(selectedClaim(state) == "eu-records")
    }

    @Test("→ focuses the breaches; moving skips the section headings; ← goes back to the claims")
    func breachesPane() {
        var state = claimsState()
        state.handle(.right)
        #expect(state[ClaimsScreen.ViewKey.self].pane == .breaches)
        // Row 0 is the heading "Breaches (2)"; the first breach is row 1.
        #expect(state[list: ClaimsScreen.breachesList].selection == 1)
        VerdictFixtures.press([.down, .down], on: &state)
        // Past the second breach and the "Not confirmed" heading (row 3), onto the first uncertainty.
        #expect(state[list: ClaimsScreen.breachesList].selection == 4)
        VerdictFixtures.press([.up], on: &state)
        #expect(state[list: ClaimsScreen.breachesList].selection == 2)
        VerdictFixtures.press([.character("G")], on: &state)
        #expect(state[list: ClaimsScreen.breachesList].selection == 6)
        VerdictFixtures.press([.character("g")], on: &state)
        #expect(state[list: ClaimsScreen.breachesList].selection == 1)
        #expect(VerdictFixtures.screenText(state).contains("Enter opens Systems: system snapshot-archive"))
        state.handle(.left)
        #expect(state[ClaimsScreen.ViewKey.self].pane == .claims)
        #expect(state.keymap.action(for: .enter) == .open)
        #expect(state.keymap.hints.first == KeyHint(key: "Enter", text: "read out"))
    }

    @Test("Enter on a breach opens its system; Esc comes back to the same breach")
    func jumpToSystem() {
        var state = claimsState()
        VerdictFixtures.press([.right, .enter], on: &state)
        let breach = state.evaluation.claims[0].breaches[0]
        #expect(breach.subject == .system("snapshot-archive"))
        #expect(state.stack == [.claims, .systems])
        // The Systems screen shows the archive, selected and open.
        let position = state.map.systems.firstIndex { $0.id == "snapshot-archive" }
        #expect(state[list: SystemsScreen.list].selection == position)
        #expect(VerdictFixtures.screenText(state).contains("Legacy snapshot archive"))
        state.handle(.escape)
        #expect(state.stack == [.claims])
        #expect(state[ClaimsScreen.ViewKey.self].pane == .breaches)
        #expect(state[list: ClaimsScreen.breachesList].selection == 1)
    }

    @Test("Breaches and uncertainties jump to the screen of what they name", arguments: [
        ("eu-records", 1, MapElement.copy(from: "db-main", to: "snapshot-archive", kind: .backup), ScreenID.systems),
        ("eu-records", 3, .system("contractor-laptop"), .systems),
        ("eu-everything", 7, .flowStep(flow: "signup", step: 1), .walk),
        ("eu-staff", 0, .access(role: "support-leads-ca", system: "support-desk"), .access),
    ])
    func jumps(claim: String, item: Int, element: MapElement, screen: ScreenID) {
        var state = claimsState()
        let index = state.evaluation.claims.firstIndex { $0.claim.id == claim } ?? 0
        let result = state.evaluation.claims[index]
        let subjects = result.breaches.map(\.subject) + result.uncertainties.map(\.subject)
        #expect(subjects.indices.contains(item) && subjects[item] == element)
        VerdictFixtures.press(Array(repeating: .character("j"), count: index) + [.right], on: &state)
        VerdictFixtures.press(Array(repeating: .character("j"), count: item), on: &state)
        // Headings take a row each: one before the breaches, one before the uncertainties.
        let headings = item < result.breaches.count || result.breaches.isEmpty ? 1 : 2
        #expect(state[list: ClaimsScreen.breachesList].selection == item + headings)
        #expect(VerdictFixtures.screenText(state).contains("Enter opens \(screen.title)"))
        state.handle(.enter)
        #expect(state.stack == [.claims, screen])
    }

    @Test("A covered breach shows its exception, who approved it and until when")
    func coveredBreach() {
        var state = claimsState()
        VerdictFixtures.press([.character("G"), .right], on: &state)
        #expect(selectedClaim(state) == "eu-records-access")
        let screen = VerdictFixtures.screenText(state)
        #expect(screen.contains("~ access      covered by ex-canada-leads until 2027-03-31 ·"))
        #expect(screen.contains("ex-canada-leads: approved by Priya Nair (Legal) on 2026-08-20, until"))
    }

    @Test("A lapsed exception is named on the breach it no longer covers")
    func lapsedException() {
        var state = claimsState()
        state.handle(.right)
        let screen = VerdictFixtures.screenText(state)
        #expect(screen.contains("✗ storage     ex-archive-purge expired 2026-06-30 ·"))
        #expect(screen.contains("ex-archive-purge: approved by Priya Nair (Legal) on 2026-01-12, expired on"))
    }

    @Test("Uncertainties are listed apart, as not confirmed")
    func uncertainties() {
        let state = claimsState()
        let screen = VerdictFixtures.screenText(state)
        #expect(screen.contains("Breaches (2)"))
        #expect(screen.contains("Not confirmed (3)"))
    }

    @Test("Jumping to an exception selects its claim and the breach it covers")
    func revealException() {
        var state = claimsState()
        state.handle(.character("1"))
        state.jump(to: .exception("ex-canada-leads"))
        #expect(state.stack == [.overview, .claims])
        #expect(selectedClaim(state) == "eu-records-access")
        #expect(state[ClaimsScreen.ViewKey.self].pane == .breaches)
        #expect(state[list: ClaimsScreen.breachesList].selection == 1)
        state.jump(to: .exception("ex-archive-purge"))
        #expect(selectedClaim(state) == "eu-records")
        #expect(state[list: ClaimsScreen.breachesList].selection == 1)
    }

    @Test("A claim that holds has nothing to choose, and says so")
    func holdsHasNoBreaches() {
        var state = claimsState()
        VerdictFixtures.press([.character("j"), .character("j"), .character("j")], on: &state)
        #expect(selectedClaim(state) == "files-frankfurt")
        state.handle(.right)
        #expect(state[ClaimsScreen.ViewKey.self].pane == .claims)
        #expect(state.status?.text.contains("Nothing breaks this claim") == true)
        #expect(VerdictFixtures.screenText(state).contains("Nothing breaks this claim, and everything in it is confirmed."))
    }

    @Test("Enter reads the answer out; ↓ scrolls within the answer; → reads the next claim; Esc closes")
    func readOut() {
        var state = claimsState()
        VerdictFixtures.press([.character("j"), .enter], on: &state)
        #expect(state[ClaimsScreen.ViewKey.self].isReadingOut)
        #expect(ScreenCatalog.screen(for: .claims).focusedList(in: state) == nil)
        var screen = VerdictFixtures.screenText(state)
        #expect(screen.contains("Read out: claim 2 of 5"))
        #expect(screen.contains("“All customer data is stored and processed in the EU”"))
        #expect(!screen.contains("Where it breaks"))
        // The longest answer does not fit 80 x 24: ↓ scrolls, but never past its end.
        VerdictFixtures.press(Array(repeating: .down, count: 200), on: &state)
        let last = state[ClaimsScreen.ViewKey.self].readOutScroll
        #expect(last > 0 && last < 200)
        screen = VerdictFixtures.screenText(state)
        #expect(screen.contains("We plan to run Disaster recovery standby in Paris"))
        #expect(screen.contains("▲ end of the answer"))
        state.handle(.right)
        #expect(selectedClaim(state) == "eu-staff")
        #expect(state[ClaimsScreen.ViewKey.self].readOutScroll == 0)
        #expect(VerdictFixtures.screenText(state).contains("“Only EU staff can access customer data”"))
        state.handle(.escape)
        #expect(!state[ClaimsScreen.ViewKey.self].isReadingOut)
        #expect(state.currentScreen == .claims)
        // Help over the read-out lists the read-out's keys and comes back to it.
        VerdictFixtures.press([.enter, .character("?")], on: &state)
        #expect(VerdictFixtures.screenText(state).contains("Read out the next claim"))
        state.handle(.escape)
        #expect(state[ClaimsScreen.ViewKey.self].isReadingOut)
        // Leaving the screen closes it.
        state.handle(.tab)
        state.handle(.character("5"))
        #expect(!state[ClaimsScreen.ViewKey.self].isReadingOut)
    }

    @Test("/ searches the claims from either pane; Esc clears the search")
    func search() {
        var state = claimsState()
        state.handle(.right)
        VerdictFixtures.press([.character("/")] + "access".map { Key.character($0) }, on: &state)
        #expect(state.mode == .search(ClaimsScreen.claimsList))
        #expect(state[ClaimsScreen.ViewKey.self].pane == .claims)
        state.handle(.enter)
        #expect(ScreenCatalog.screen(for: .claims).focusedList(in: state)?.count == 2)
        #expect(VerdictFixtures.screenText(state).contains("Claims matching \"access\""))
        state.handle(.escape)
        #expect(state[list: ClaimsScreen.claimsList].query.isEmpty)
        #expect(ScreenCatalog.screen(for: .claims).focusedList(in: state)?.count == 5)
    }

    @Test("The footer names the keys of the focused pane")
    func footer() {
        var state = claimsState()
        #expect(AppView.render(state).text(row: 23).hasPrefix("Enter read out  → breaches  e edit  Tab screens"))
        state.handle(.right)
        #expect(AppView.render(state).text(row: 23).hasPrefix("Enter go to  ← claims  e edit  Tab screens"))
        state.handle(.left)
        state.handle(.enter)
        #expect(AppView.render(state).text(row: 23).hasPrefix("Esc close  ← previous  → next"))
    }

    @Test("Resizing keeps the selected breach in view")
    func resize() {
        var state = claimsState()
        VerdictFixtures.press([.character("j"), .right, .character("G")], on: &state)
        state.resize(to: AppView.minimumSize)
        let focus = ScreenCatalog.screen(for: .claims).focusedList(in: state)
        let list = state[list: ClaimsScreen.breachesList]
        #expect(focus?.id == ClaimsScreen.breachesList)
        #expect(list.selection == (focus?.count ?? 0) - 1)
        #expect(AppView.render(state).lines.contains { $0.contains("› ? processing") })
    }
}
