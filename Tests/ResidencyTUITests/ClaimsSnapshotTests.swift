import ResidencyModel
import ResidencyTUI
import Testing

/// The Claims screen: its two panes, the read-out, and a hostile map, at 80 x 24 and 160 x 48.
@Suite("Claims snapshots")
struct ClaimsSnapshotTests {
    private func claims(_ map: ResidencyMap = VerdictFixtures.acme, size: Size = Size(width: 80, height: 24), keys: [Key] = []) -> AppState {
        var state = VerdictFixtures.state(map, size: size)
        VerdictFixtures.press([.character("5")] + keys, on: &state)
        return state
    }

    @Test("Acme at 80 x 24, the claims pane focused")
    func acme80x24() {
        expectSnapshot(AppView.render(claims()), named: "claims-acme-80x24")
    }

    @Test("Acme at 80 x 24, the breaches pane focused on a lapsed exception")
    func acmeBreaches() {
        expectSnapshot(AppView.render(claims(keys: [.right])), named: "claims-acme-breaches-80x24")
    }

    @Test("Acme at 80 x 24, a breach covered by an exception")
    func acmeCovered() {
        let keys: [Key] = [.character("G"), .right]
        expectSnapshot(AppView.render(claims(keys: keys)), named: "claims-acme-covered-80x24")
    }

    @Test("Acme at 80 x 24, the uncertainties of the first claim")
    func acmeNotConfirmed() {
        let keys: [Key] = [.right, .character("j"), .character("j")]
        expectSnapshot(AppView.render(claims(keys: keys)), named: "claims-acme-unconfirmed-80x24")
    }

    @Test("Acme at 80 x 24, the read-out of the longest answer, scrolled")
    func acmeReadOut() {
        expectSnapshot(AppView.render(claims(keys: [.character("j"), .enter])), named: "claims-acme-readout-80x24")
        let scrolled = claims(keys: [.character("j"), .enter, .pageDown])
        expectSnapshot(AppView.render(scrolled), named: "claims-acme-readout-scrolled-80x24")
    }

    @Test("Acme at 160 x 48: claims and breaches beside the full answer")
    func acme160x48() {
        expectSnapshot(AppView.render(claims(size: Size(width: 160, height: 48), keys: [.right])), named: "claims-acme-160x48")
    }

    @Test("Acme read-out at 160 x 48")
    func acmeReadOutLarge() {
        expectSnapshot(AppView.render(claims(size: Size(width: 160, height: 48), keys: [.enter])),
                       named: "claims-acme-readout-160x48")
    }

    @Test("A hostile map at 80 x 24")
    func hostile80x24() {
        expectSnapshot(AppView.render(claims(VerdictFixtures.hostile, keys: [.right])), named: "claims-hostile-80x24")
    }

    @Test("A hostile map at 160 x 48, the covered breach selected")
    func hostile160x48() {
        let state = claims(VerdictFixtures.hostile, size: Size(width: 160, height: 48), keys: [.character("j"), .right])
        expectSnapshot(AppView.render(state), named: "claims-hostile-160x48")
    }
}
