import ResidencyModel
import ResidencyTUI
import Testing

/// The Access screen against golden files, both views, on the Acme sample and a hostile map.
@Suite("Access snapshots")
struct AccessSnapshotTests {
    @Test("80 x 24, by role: the Canadian support leads, flagged as reaching across the border")
    func acmeByRole() {
        let state = MapScreenMaps.state(pressing: [.character("3"), .character("j")])
        expectSnapshot(AppView.render(state), named: "access-acme-80x24")
    }

    @Test("80 x 24, by system: who reaches the admin panel, from where")
    func acmeBySystem() {
        let state = MapScreenMaps.state(pressing: [.character("3"), .character("v")])
        expectSnapshot(AppView.render(state), named: "access-acme-by-system-80x24")
    }

    @Test("160 x 48, by role, side by side: the US on-call engineer")
    func acmeLarge() {
        let keys: [Key] = [.character("3"), .character("j"), .character("j"), .character("j")]
        expectSnapshot(AppView.render(MapScreenMaps.state(size: MapScreenMaps.large, pressing: keys)), named: "access-acme-160x48")
    }

    @Test("Hostile map at 80 x 24, by role")
    func hostileSmall() {
        expectSnapshot(AppView.render(MapScreenMaps.state(MapScreenMaps.hostile, pressing: [.character("3")])),
                       named: "access-hostile-80x24")
    }

    @Test("Hostile map at 160 x 48, by system")
    func hostileLarge() {
        let state = MapScreenMaps.state(MapScreenMaps.hostile, size: MapScreenMaps.large, pressing: [.character("3"), .character("v")])
        expectSnapshot(AppView.render(state), named: "access-hostile-160x48")
    }
}
