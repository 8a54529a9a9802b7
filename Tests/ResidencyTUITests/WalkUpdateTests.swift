import ResidencyModel
import ResidencyTUI
import Testing

/// Key sequences on the Walk screen: picking a flow, walking it both ways to its ends and its
/// copies, borders, jumps in and out.
@Suite("Walk: key sequences")
struct WalkUpdateTests {
    /// "hop N of M" from the strip's top edge.
    private func hop(_ state: AppState) -> String? {
        let top = AppView.render(state).text(row: 1)
        guard let range = top.range(of: #"hop \d+ of \d+"#, options: .regularExpression) else { return nil }
        return String(top[range])
    }

    private func screenText(_ state: AppState) -> String { AppView.render(state).lines.joined(separator: "\n") }

    @Test("Enter walks the selected flow; n and p step; the ends stop the walk and say so")
    func walkBothWays() {
        var state = MapScreenMaps.state(pressing: [.character("4"), .character("j")])
        #expect(hop(state) == nil)
        state.handle(.enter)
        #expect(hop(state) == "hop 1 of 10", "File upload: 10 steps, and none of its systems is copied anywhere")
        state.handle(.character("p"))
        #expect(hop(state) == "hop 1 of 10")
        #expect(state.status?.text.hasPrefix("First hop") == true)
        state.handle(.character("n"))
        state.handle(.right)
        #expect(hop(state) == "hop 3 of 10")
        state.handle(.left)
        #expect(hop(state) == "hop 2 of 10")
        state.handle(.character("G"))
        #expect(hop(state) == "hop 10 of 10")
        state.handle(.character("n"))
        #expect(hop(state) == "hop 10 of 10")
        #expect(state.status?.text.hasPrefix("Last hop") == true)
        #expect(screenText(state).contains("the last hop"))
    }

    @Test("Sign up crosses from the EU to the US at the feature flags; the database is called by the API, so no hop comes back")
    func borderMarker() {
        var state = MapScreenMaps.state(pressing: [.character("4"), .enter, .character("n"), .character("n")])
        #expect(!screenText(state).contains("Crosses a border"), "the API stays in the EU, as the load balancer did")
        state.handle(.character("n"))
        #expect(hop(state) == "hop 4 of 16")
        #expect(screenText(state).contains("Crosses a border: EU → US"))
        #expect(screenText(state).contains("[Feature flags]"))
        // Step 5 says `from: 3`: the database is reached from the API, not from the flag service.
        state.handle(.character("n"))
        #expect(hop(state) == "hop 5 of 16")
        #expect(!screenText(state).contains("Crosses a border"))
        #expect(screenText(state).contains("API"))
    }

    @Test("After the last step the walk goes on to the backups and their copies, ending at the restore test")
    func toTheBackups() {
        var state = MapScreenMaps.state(pressing: [.character("4"), .enter])
        for _ in 0..<9 { state.handle(.character("n")) }
        #expect(screenText(state).contains("Hop 10: step 10, Nightly backups"))
        state.handle(.character("n"))
        #expect(screenText(state).contains("Hop 11: copy to Read replica"))
        state.handle(.character("n"))
        #expect(screenText(state).contains("Hop 12: copy to Legacy snapshot archive"))
        #expect(screenText(state).contains("Crosses a border: EU → US"))
        for _ in 0..<10 { state.handle(.character("n")) }
        #expect(hop(state) == "hop 16 of 16")
        #expect(screenText(state).contains("copy to Monthly restore-test instance"))
        #expect(screenText(state).contains("restore test of Nightly backups"))
    }

    @Test("Esc goes back to the flows, keeping the flow selected")
    func backToFlows() {
        var state = MapScreenMaps.state(pressing: [.character("4"), .character("j"), .character("j"), .enter, .character("n")])
        let effects = state.handle(.escape)
        #expect(hop(state) == nil)
        #expect(state.currentScreen == .walk)
        #expect(screenText(state).contains("› CSV export"))
        #expect(effects.isEmpty)
    }

    @Test("A jump to a flow step lands on that hop; Esc returns to where the jump came from")
    func jumpReveal() {
        var state = MapScreenMaps.state(pressing: [.character("6")])
        state.jump(to: .flowStep(flow: "support-ticket", step: 8))
        #expect(state.currentScreen == .walk)
        #expect(hop(state) == "hop 8 of 10")
        #expect(screenText(state).contains("Support desk"))
        state.handle(.escape)
        #expect(state.currentScreen == .findings)

        var flow = MapScreenMaps.state(pressing: [.character("6")])
        flow.jump(to: .flow("plan-upgrade"))
        #expect(hop(flow) == nil)
        #expect(screenText(flow).contains("› Plan upgrade"))
    }

    @Test("Enter on a hop opens its system on the Systems screen; Esc comes back to the same hop")
    func openSystem() {
        var state = MapScreenMaps.state(pressing: [.character("4"), .enter, .character("n"), .character("n"), .character("n")])
        state.handle(.enter)
        #expect(state.stack == [.walk, .systems])
        #expect(AppView.render(state).text(row: 1).contains("Feature flags"))
        state.handle(.escape)
        #expect(state.currentScreen == .walk)
        #expect(hop(state) == "hop 4 of 16")
    }

    @Test("A flow with no steps, a step into a system the map lacks: shown, not a crash")
    func hostile() {
        var state = MapScreenMaps.state(MapScreenMaps.hostile, pressing: [.character("4"), .enter])
        for _ in 0..<3 { state.handle(.character("n")) }
        #expect(screenText(state).contains("is not in the map"))
        state.handle(.escape)
        state.handle(.character("j"))
        state.handle(.enter)
        #expect(screenText(state).contains("This flow has no steps yet"))
        state.handle(.character("n"))
        #expect(state.status?.text.contains("no steps") == true)
    }
}
