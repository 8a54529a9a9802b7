import ResidencyModel
import ResidencyTUI
import Testing

/// The Systems screen against golden files (see `expectSnapshot`), on the Acme sample and on a
/// hostile map, at 80 x 24 and at 160 x 48.
@Suite("Systems snapshots")
struct SystemsSnapshotTests {
    private let down = Array(repeating: Key.character("j"), count: 9)

    @Test("80 x 24: the list, and the primary database's details under it")
    func acmeSmall() {
        let state = MapScreenMaps.state(pressing: [.character("2")] + down)
        expectSnapshot(AppView.render(state), named: "systems-acme-80x24")
    }

    @Test("80 x 24: Enter gives the details the whole screen; j scrolls to its copies and access")
    func acmeDetail() {
        let state = MapScreenMaps.state(pressing: [.character("2")] + down + [.enter] + Array(repeating: .character("j"), count: 12))
        expectSnapshot(AppView.render(state), named: "systems-acme-detail-80x24")
    }

    @Test("80 x 24: filtered to the US jurisdiction, searched for user IDs; the title says so")
    func acmeFiltered() {
        let keys: [Key] = [.character("2"), .character("r")] + MapScreenMaps.typing("US") + [.enter, .character("/")]
            + MapScreenMaps.typing("user") + [.enter]
        expectSnapshot(AppView.render(MapScreenMaps.state(pressing: keys)), named: "systems-acme-filtered-80x24")
    }

    @Test("160 x 48: list and details side by side")
    func acmeLarge() {
        let state = MapScreenMaps.state(size: MapScreenMaps.large, pressing: [.character("2")] + down)
        expectSnapshot(AppView.render(state), named: "systems-acme-160x48")
    }

    @Test("Hostile map at 80 x 24: escapes shown, wide and long names cut in their columns")
    func hostileSmall() {
        let keys: [Key] = [.character("2"), .character("j"), .character("j"), .character("j")]
        expectSnapshot(AppView.render(MapScreenMaps.state(MapScreenMaps.hostile, pressing: keys)), named: "systems-hostile-80x24")
    }

    @Test("Hostile map at 160 x 48, details focused")
    func hostileLarge() {
        let state = MapScreenMaps.state(MapScreenMaps.hostile, size: MapScreenMaps.large, pressing: [.character("2"), .enter])
        expectSnapshot(AppView.render(state), named: "systems-hostile-160x48")
    }
}
