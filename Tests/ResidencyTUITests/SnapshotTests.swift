import ResidencyModel
import ResidencyTUI
import Testing

/// Whole frames compared with golden files under Snapshots/ (see `expectSnapshot`).
@Suite("Snapshots")
struct SnapshotTests {
    @Test("Overview at 80 x 24")
    func overview80x24() {
        var state = TestMaps.state()
        state.handle(.character("j"))
        expectSnapshot(AppView.render(state), named: "overview-80x24")
    }

    @Test("Overview at the minimum size, 60 x 16")
    func overviewMinimum() {
        expectSnapshot(AppView.render(TestMaps.state(size: AppView.minimumSize)), named: "overview-60x16")
    }

    @Test("Overview at 120 x 40")
    func overviewLarge() {
        expectSnapshot(AppView.render(TestMaps.state(size: Size(width: 120, height: 40))), named: "overview-120x40")
    }

    @Test("A hostile map: escapes, bidi, lone marks, wide text, all visible and in place")
    func hostile() {
        expectSnapshot(AppView.render(TestMaps.state(TestMaps.hostile)), named: "overview-hostile-80x24")
    }

    @Test("A scrolled list with a search")
    func scrolledSearch() {
        var state = TestMaps.state(TestMaps.withClaims(60))
        for key: Key in [.character("/"), .character("1"), .enter, .character("G")] { state.handle(key) }
        expectSnapshot(AppView.render(state), named: "overview-search-80x24")
    }

    @Test("Help over the overview at 80 x 24")
    func help() {
        var state = TestMaps.state()
        state.handle(.character("?"))
        expectSnapshot(AppView.render(state), named: "help-80x24")
    }

    @Test("Terminal too small")
    func tooSmall() {
        expectSnapshot(AppView.render(TestMaps.state(size: Size(width: 40, height: 10))), named: "too-small-40x10")
    }
}
