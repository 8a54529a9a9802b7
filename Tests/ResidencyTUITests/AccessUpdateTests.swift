import ResidencyModel
import ResidencyTUI
import Testing

/// Key sequences on the Access screen: the two views, details, jumps to roles.
@Suite("Access: key sequences")
struct AccessUpdateTests {
    private let screen = ScreenCatalog.screen(for: .access)

    @Test("v switches between by role and by system, each list keeping its own selection")
    func views() {
        var state = MapScreenMaps.state(pressing: [.character("3"), .character("j"), .character("j")])
        #expect(screen.focusedList(in: state)?.id == AccessScreen.rolesList)
        #expect(screen.focusedList(in: state)?.count == 7)
        state.handle(.character("v"))
        #expect(screen.focusedList(in: state)?.id == AccessScreen.systemsList)
        #expect(screen.focusedList(in: state)?.count == 10, "the ten systems some role can open")
        #expect(AppView.render(state).text(row: 1).contains("Access by system"))
        state.handle(.right)
        #expect(state[list: AccessScreen.rolesList].selection == 2)
        #expect(AppView.render(state).lines.contains { $0.contains("› Platform engineers (EU)") })
    }

    @Test("Access from outside the offering's region is flagged, by role and by system")
    func crossBorder() {
        let leads = AppView.render(MapScreenMaps.state(pressing: [.character("3"), .character("j")])).lines
        #expect(leads.contains { $0.contains("Support leads (Canada)") && $0.hasSuffix("⚑┃") })
        #expect(leads.contains { $0.contains("cross-border: CA") })
        let agents = AppView.render(MapScreenMaps.state(pressing: [.character("3")])).lines
        #expect(!agents.contains { $0.contains("cross-border") }, "Irish and Portuguese agents stay in the EU")
        let bySystem = AppView.render(MapScreenMaps.state(pressing: [.character("3"), .character("v")])).lines
        #expect(bySystem.contains { $0.contains("Request tracing") && $0.contains("⚑ US") })
    }

    @Test("Enter lets j scroll the details to the claims the access breaks")
    func detailsScroll() {
        var state = MapScreenMaps.state(pressing: [.character("3"), .character("j"), .enter])
        #expect(state.keymap.title == "Access: details")
        for _ in 0..<30 { state.handle(.character("j")) }
        let lines = AppView.render(state).lines
        #expect(lines.contains { $0.contains("Claims this access breaks") })
        state.handle(.escape)
        #expect(state.keymap.title == "Access")
    }

    @Test("A jump to a role selects it in the by-role view, even from the by-system view")
    func jumpReveal() {
        var state = MapScreenMaps.state(pressing: [.character("3"), .character("v"), .character("6")])
        state.jump(to: .role("finance-uk"))
        #expect(state.stack == [.findings, .access])
        #expect(screen.focusedList(in: state)?.id == AccessScreen.rolesList)
        #expect(state[list: AccessScreen.rolesList].selection == 6)
        #expect(AppView.render(state).text(row: 1).contains("Finance (UK)"))
        state.handle(.escape)
        #expect(state.currentScreen == .findings)

        var grant = MapScreenMaps.state(pressing: [.character("6")])
        grant.jump(to: .access(role: "dba-vendor", system: "db-main"))
        #expect(grant[list: AccessScreen.rolesList].selection == 4)
    }
}
