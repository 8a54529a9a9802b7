import ResidencyModel
import ResidencyTUI
import Testing

/// The Walk screen against golden files: picking a flow, hops with and without a border, the
/// copies after the last step, on the Acme sample and a hostile map.
@Suite("Walk snapshots")
struct WalkSnapshotTests {
    private func next(_ count: Int) -> [Key] { Array(repeating: .character("n"), count: count) }

    @Test("80 x 24: the flows, and the selected one's path")
    func acmeFlows() {
        expectSnapshot(AppView.render(MapScreenMaps.state(pressing: [.character("4")])), named: "walk-acme-flows-80x24")
    }

    @Test("80 x 24: Sign up, hop 4, the feature flags in the US: EU → US")
    func acmeBorder() {
        let state = MapScreenMaps.state(pressing: [.character("4"), .enter] + next(3))
        expectSnapshot(AppView.render(state), named: "walk-acme-border-80x24")
    }

    @Test("80 x 24: after the steps, the copy to the legacy archive in the US")
    func acmeArchive() {
        let state = MapScreenMaps.state(pressing: [.character("4"), .enter] + next(11))
        expectSnapshot(AppView.render(state), named: "walk-acme-archive-80x24")
    }

    @Test("160 x 48: the nightly backups, the flow's last step")
    func acmeLarge() {
        let state = MapScreenMaps.state(size: MapScreenMaps.large, pressing: [.character("4"), .enter] + next(9))
        expectSnapshot(AppView.render(state), named: "walk-acme-160x48")
    }

    @Test("Hostile map at 80 x 24: hop 2, names and escapes in the strip and the hop")
    func hostileSmall() {
        let state = MapScreenMaps.state(MapScreenMaps.hostile, pressing: [.character("4"), .enter] + next(1))
        expectSnapshot(AppView.render(state), named: "walk-hostile-80x24")
    }

    @Test("Hostile map at 160 x 48: the long-named system in three places, one unknown")
    func hostileLarge() {
        let state = MapScreenMaps.state(MapScreenMaps.hostile, size: MapScreenMaps.large, pressing: [.character("4"), .enter] + next(4))
        expectSnapshot(AppView.render(state), named: "walk-hostile-160x48")
    }
}
