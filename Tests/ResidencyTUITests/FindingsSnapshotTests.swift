import ResidencyModel
import ResidencyTUI
import Testing

/// The Findings screen on the Acme sample and a hostile map, at 80 x 24 and 160 x 48.
@Suite("Findings snapshots")
struct FindingsSnapshotTests {
    private func findings(_ map: ResidencyMap = VerdictFixtures.acme, size: Size = Size(width: 80, height: 24), keys: [Key] = []) -> AppState {
        var state = VerdictFixtures.state(map, size: size)
        VerdictFixtures.press([.character("6")] + keys, on: &state)
        return state
    }

    @Test("Acme at 80 x 24: most severe first, the first error in full")
    func acme80x24() {
        expectSnapshot(AppView.render(findings()), named: "findings-acme-80x24")
    }

    @Test("Acme at 80 x 24, warnings only, scrolled")
    func acmeWarnings() {
        let keys: [Key] = [.character("w")] + Array(repeating: .character("j"), count: 12)
        expectSnapshot(AppView.render(findings(keys: keys)), named: "findings-acme-warnings-80x24")
    }

    @Test("Acme at 80 x 24, searched for \"staging\"")
    func acmeSearch() {
        let keys: [Key] = [.character("/")] + "staging".map { Key.character($0) } + [.enter]
        expectSnapshot(AppView.render(findings(keys: keys)), named: "findings-acme-search-80x24")
    }

    @Test("Acme at 160 x 48")
    func acme160x48() {
        expectSnapshot(AppView.render(findings(size: Size(width: 160, height: 48))), named: "findings-acme-160x48")
    }

    @Test("A hostile map at 80 x 24")
    func hostile80x24() {
        expectSnapshot(AppView.render(findings(VerdictFixtures.hostile)), named: "findings-hostile-80x24")
    }

    @Test("A hostile map at 160 x 48")
    func hostile160x48() {
        expectSnapshot(AppView.render(findings(VerdictFixtures.hostile, size: Size(width: 160, height: 48))),
                       named: "findings-hostile-160x48")
    }
}
