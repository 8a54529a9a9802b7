import ResidencyModel
import ResidencyTUI
import Testing

@Suite("Update: key sequences")
struct UpdateTests {
    @discardableResult
    private func press(_ keys: [Key], on state: inout AppState) -> [Effect] {
        keys.flatMap { state.handle($0) }
    }

    private func quits(_ effects: [Effect]) -> Bool { effects.contains { $0.name == "quit" } }

    @Test("j, k, arrows, G and g move the claims selection")
    func navigation() {
        var state = TestMaps.state()
        press([.character("j"), .down], on: &state)
        #expect(state[list: OverviewScreen.claimsList].selection == 2)
        press([.character("k")], on: &state)
        #expect(state[list: OverviewScreen.claimsList].selection == 1)
        press([.character("G")], on: &state)
        #expect(state[list: OverviewScreen.claimsList].selection == 2)
        press([.down, .down], on: &state)
        #expect(state[list: OverviewScreen.claimsList].selection == 2)
        press([.character("g")], on: &state)
        #expect(state[list: OverviewScreen.claimsList].selection == 0)
    }

    @Test("A long list scrolls with the selection at 80 x 24")
    func scrolling() {
        var state = TestMaps.state(TestMaps.withClaims(200))
        press(Array(repeating: .character("j"), count: 30), on: &state)
        let list = state[list: OverviewScreen.claimsList]
        let rows = ScreenCatalog.screen(for: .overview).focusedList(in: state)?.visibleRows ?? 0
        #expect(list.selection == 30)
        #expect(rows > 5)
        #expect(list.offset == 30 - rows + 1)
        #expect(AppView.render(state).lines.contains { $0.contains("› Claim number 31") })
        press([.pageDown], on: &state)
        #expect(state[list: OverviewScreen.claimsList].selection == 30 + rows - 1)
    }

    @Test("Tab and Shift-Tab cycle the tabs; number keys jump")
    func screens() {
        var state = TestMaps.state()
        press([.tab], on: &state)
        #expect(state.currentScreen == .systems)
        press([.backTab, .backTab], on: &state)
        #expect(state.currentScreen == .findings)
        press([.tab], on: &state)
        #expect(state.currentScreen == .overview)
        press([.character("4")], on: &state)
        #expect(state.currentScreen == .walk)
        #expect(state.stack == [.walk])
    }

    @Test("/ narrows the list as you type, Enter keeps the search, Esc clears it")
    func search() {
        var state = TestMaps.state()
        press([.character("j"), .character("/")], on: &state)
        #expect(state.mode == .search(OverviewScreen.claimsList))
        press("files".map { Key.character($0) }, on: &state)
        #expect(state[list: OverviewScreen.claimsList].query == "files")
        #expect(state[list: OverviewScreen.claimsList].selection == 0)
        #expect(ScreenCatalog.screen(for: .overview).focusedList(in: state)?.count == 1)
        press([.backspace, .backspace], on: &state)
        #expect(state.inputText == "fil")
        press([.enter], on: &state)
        #expect(state.mode == .normal)
        #expect(state[list: OverviewScreen.claimsList].query == "fil")
        // Keys mean actions again; Esc clears the search.
        #expect(quits(press([.character("q")], on: &state)))
        press([.escape], on: &state)
        #expect(state[list: OverviewScreen.claimsList].query.isEmpty)
    }

    @Test("Esc while typing puts back the search there was before")
    func searchCancel() {
        var state = TestMaps.state()
        press([.character("/"), .character("E"), .character("U"), .enter], on: &state)
        press([.character("/"), .character("x"), .escape], on: &state)
        #expect(state.mode == .normal)
        #expect(state[list: OverviewScreen.claimsList].query == "EU")
    }

    @Test("A named filter is typed like a search and kept apart from it")
    func namedFilter() {
        var state = TestMaps.state()
        state.apply(.startFilter("offering"))
        #expect(state.mode == .filter(OverviewScreen.claimsList, name: "offering"))
        press([.character("e"), .character("u")], on: &state)
        #expect(state[list: OverviewScreen.claimsList].filters == ["offering": "eu"])
        #expect(state[list: OverviewScreen.claimsList].query.isEmpty)
        #expect(AppView.render(state).text(row: 23).hasPrefix("offering: eu"))
        press([.escape], on: &state)
        #expect(state[list: OverviewScreen.claimsList].filters.isEmpty)
        #expect(state.mode == .normal)
    }

    @Test("Typing q into a search types it; it does not quit")
    func typingIsNotCommands() {
        var state = TestMaps.state()
        #expect(!quits(press([.character("/"), .character("q"), .character("?"), .character("1")], on: &state)))
        #expect(state.currentScreen == .overview)
        #expect(state.inputText == "q?1")
    }

    @Test("Enter jumps to the claim; Esc comes back to where it was")
    func jumpAndBack() {
        var state = TestMaps.state()
        press([.character("j"), .enter], on: &state)
        #expect(state.currentScreen == .claims)
        #expect(state.stack == [.overview, .claims])
        press([.escape], on: &state)
        #expect(state.currentScreen == .overview)
        #expect(state[list: OverviewScreen.claimsList].selection == 1)
    }

    @Test("A jump opens the screen where the element lives", arguments: [
        (MapElement.system("db"), ScreenID.systems), (.role("support"), .access), (.flowStep(flow: "signup", step: 2), .walk),
        (.claim("c1"), .claims), (.exception("ex"), .claims), (.map, .overview),
    ])
    func jumps(element: MapElement, screen: ScreenID) {
        var state = TestMaps.state()
        state.handle(.character("6"))
        state.jump(to: element)
        #expect(state.currentScreen == screen)
        state.handle(.escape)
        #expect(state.currentScreen == .findings)
    }

    @Test("? opens help over the screen and closes it again, as does Esc")
    func help() {
        var state = TestMaps.state()
        press([.character("3"), .character("?")], on: &state)
        #expect(state.stack == [.access, .help])
        press([.character("?")], on: &state)
        #expect(state.stack == [.access])
        press([.function(1), .escape], on: &state)
        #expect(state.stack == [.access])
    }

    @Test("q quits; an unbound key says how to find the keys")
    func quitAndUnbound() {
        var state = TestMaps.state()
        press([.character("z")], on: &state)
        #expect(state.status?.text.contains("? for keys") == true)
        press([.character("j")], on: &state)
        #expect(state.status == nil)
        #expect(quits(press([.character("q")], on: &state)))
    }

    @Test("Esc at the bottom of the stack with nothing to clear does not quit")
    func escapeNeverQuits() {
        var state = TestMaps.state()
        #expect(!quits(press([.escape, .escape], on: &state)))
        #expect(state.currentScreen == .overview)
    }

    @Test("The update function returns a new state and leaves the old one alone")
    func pureUpdate() {
        let state = TestMaps.state()
        let (next, effects) = update(state, .key(.tab))
        #expect(effects.isEmpty)
        #expect(next.currentScreen == .systems)
        #expect(state.currentScreen == .overview)
    }

    @Test("Resizing keeps the selection in view")
    func resize() {
        var state = TestMaps.state(TestMaps.withClaims(100))
        press(Array(repeating: .down, count: 40), on: &state)
        state.resize(to: Size(width: 60, height: 16))
        let rows = ScreenCatalog.screen(for: .overview).focusedList(in: state)?.visibleRows ?? 0
        let list = state[list: OverviewScreen.claimsList]
        #expect(list.selection == 40)
        #expect(list.offset <= 40 && 40 < list.offset + rows)
    }

    @Test("Per-screen values live in the state under their key")
    func screenValues() {
        var state = TestMaps.state()
        #expect(state[HopKey.self] == 0)
        state[HopKey.self] += 2
        #expect(state[HopKey.self] == 2)
    }
}

private enum HopKey: ScreenStateKey {
    static var initialValue: Int { 0 }
}
