import ResidencyModel
import ResidencyTUI
import Testing

@Suite("Overview: the first screen")
struct OverviewUpdateTests {
    @Test("It opens on the Overview with every claim, its verdict and the first claim's answer")
    func firstScreen() {
        let state = VerdictFixtures.state()
        #expect(state.currentScreen == .overview)
        let screen = VerdictFixtures.screenText(state)
        for result in state.evaluation.claims {
            let row = AppView.render(state).lines.first { $0.contains(result.claim.text) }
            #expect(row?.contains(VerdictLabel.columnText(result.verdict)) == true, "\(result.claim.id)")
        }
        // The one-minute answer: the first claim's summary and the start of its answer.
        let first = state.evaluation.claims[0]
        #expect(screen.contains("\(first.verdict.symbol) \(first.answer.summary)"))
        #expect(screen.contains(String(first.answer.text.prefix(40))))
        #expect(screen.contains("✗ 3 errors · ! 21 warnings · i 3 info"))
        #expect(screen.contains("29 systems · 7 roles · 5 flows"))
    }

    @Test("Moving the selection shows that claim's answer")
    func answerFollowsSelection() {
        var state = VerdictFixtures.state()
        VerdictFixtures.press([.character("j"), .character("j"), .character("j")], on: &state)
        let selected = state.evaluation.claims[3]
        #expect(selected.claim.id == "files-frankfurt")
        let screen = VerdictFixtures.screenText(state)
        #expect(screen.contains("✓ Holds: everything in scope stays in"))
        #expect(screen.contains(String(selected.answer.text.prefix(40))))
        #expect(screen.contains(selected.claim.id))
    }

    @Test("Enter opens the Claims screen on the selected claim; Esc comes back")
    func enterOpensClaim() {
        var state = VerdictFixtures.state()
        VerdictFixtures.press([.character("j"), .character("j"), .enter], on: &state)
        #expect(state.stack == [.overview, .claims])
        let claimsRow = state[list: ClaimsScreen.claimsList].selection
        #expect(state.evaluation.claims[claimsRow].claim.id == "eu-staff")
        #expect(state[ClaimsScreen.ViewKey.self].pane == .claims)
        state.handle(.escape)
        #expect(state.stack == [.overview])
        #expect(state[list: OverviewScreen.claimsList].selection == 2)
    }

    @Test("Enter reaches the claim a search left, and the Claims screen shows it though its own search hid it")
    func enterAfterSearch() {
        var state = VerdictFixtures.state()
        // The Claims screen's own search hides the claim the Overview will open.
        state.apply(.showScreen(.claims))
        VerdictFixtures.press([.character("/")] + "staff".map { Key.character($0) } + [.enter], on: &state)
        state.apply(.showScreen(.overview))
        VerdictFixtures.press([.character("/")] + "frankfurt".map { Key.character($0) } + [.enter, .enter], on: &state)
        #expect(state.currentScreen == .claims)
        #expect(state[list: ClaimsScreen.claimsList].query.isEmpty)
        #expect(VerdictFixtures.screenText(state).contains("› Uploaded files are stored in Frankfurt"))
    }

    @Test("An overdue review is marked with a symbol, not only a colour")
    func overdueReview() {
        let state = VerdictFixtures.state(VerdictFixtures.hostile)
        let screen = VerdictFixtures.screenText(state)
        #expect(screen.contains("last reviewed 2025-01-15  ✗ overdue since 2025-04-15"))
        let buffer = AppView.render(VerdictFixtures.state(VerdictFixtures.hostile, theme: .monochrome))
        let row = buffer.lines.firstIndex { $0.contains("overdue since") } ?? 0
        let column = buffer.lines[row].distance(from: buffer.lines[row].startIndex,
                                                to: buffer.lines[row].firstIndex(of: "✗") ?? buffer.lines[row].startIndex)
        #expect(buffer[column, row].style.bold)
    }

    @Test("Without colour, verdicts still differ: symbols and words, bold and underline")
    func monochrome() {
        let buffer = AppView.render(VerdictFixtures.state(theme: .monochrome))
        #expect(buffer.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
        let lines = buffer.lines
        guard let broken = lines.firstIndex(where: { $0.contains("Customer records stay in the EU") }),
              let column = lines[broken].firstIndex(of: "✗").map({ lines[broken].distance(from: lines[broken].startIndex, to: $0) })
        else {
            Issue.record("no broken claim row")
            return
        }
        // The selected row is reversed; the verdict on it is bold and underlined as well.
        #expect(buffer[column, broken].style.reverse)
        #expect(buffer[column, broken].style.bold && buffer[column, broken].style.underline)
    }

    @Test("A map without claims says so instead of showing an empty answer")
    func noClaims() {
        let map = ResidencyMap(header: MapHeader(name: "Empty", owner: "Nobody"))
        let state = AppState(map: map, fileName: "empty.yaml", today: VerdictFixtures.today)
        let screen = VerdictFixtures.screenText(state)
        #expect(screen.contains("The map makes no claims yet."))
        #expect(screen.contains("Add claims to the map"))
        #expect(screen.contains("? never reviewed"))
        var next = state
        next.handle(.enter)
        #expect(next.currentScreen == .overview)
        #expect(next.status?.text == "No claim selected")
    }
}
