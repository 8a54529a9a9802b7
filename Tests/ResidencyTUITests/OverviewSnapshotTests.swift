import ResidencyModel
import ResidencyTUI
import Testing

/// The Overview as it opens on the Acme sample and on a hostile map, at 80 x 24 and 160 x 48.
@Suite("Overview snapshots")
struct OverviewSnapshotTests {
    @Test("Acme at 80 x 24: claims with verdicts and the first claim's honest answer")
    func acme80x24() {
        expectSnapshot(AppView.render(VerdictFixtures.state()), named: "overview-acme-80x24")
    }

    @Test("Acme at 80 x 24 with the third claim selected")
    func acmeThirdClaim() {
        var state = VerdictFixtures.state()
        VerdictFixtures.press([.character("j"), .character("j")], on: &state)
        expectSnapshot(AppView.render(state), named: "overview-acme-third-80x24")
    }

    @Test("Acme at 160 x 48: claims and answer side by side")
    func acme160x48() {
        expectSnapshot(AppView.render(VerdictFixtures.state(size: Size(width: 160, height: 48))), named: "overview-acme-160x48")
    }

    @Test("A hostile map at 80 x 24: escapes and bidi shown as placeholders, review overdue")
    func hostile80x24() {
        expectSnapshot(AppView.render(VerdictFixtures.state(VerdictFixtures.hostile)), named: "overview-hostile-wide-80x24")
    }

    @Test("A hostile map at 160 x 48")
    func hostile160x48() {
        let state = VerdictFixtures.state(VerdictFixtures.hostile, size: Size(width: 160, height: 48))
        expectSnapshot(AppView.render(state), named: "overview-hostile-160x48")
    }
}
