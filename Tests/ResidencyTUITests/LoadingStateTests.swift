import ResidencyModel
import ResidencyTUI
import Testing

@Suite("Loading a map")
struct LoadingStateTests {
    @Test("The first frame names the map and says what is being done")
    func frame() {
        var loading = LoadingState(fileName: "maps/big\u{1B}[31m.yaml", size: Size(width: 80, height: 24), theme: .monochrome)
        loading.stage = "Checking 400 claims"
        let lines = loading.render().lines
        #expect(lines[0].contains("resmap  maps/big␛[31m.yaml"))
        #expect(lines.contains { $0.contains("Checking 400 claims…") })
        #expect(lines.contains { $0.contains("The verdicts show as soon as the map is checked.") })
        #expect(!lines.joined().contains("\u{1B}"))
    }

    @Test("Keys typed while loading are kept, counted, and act once the map is open")
    func keysWait() {
        var loading = LoadingState(fileName: "big.yaml", size: Size(width: 80, height: 24))
        let typed: [Key] = [.character("2"), .down, .down]
        for key in typed { loading.update(.key(key)) }
        loading.update(.resize(Size(width: 120, height: 40)))
        #expect(loading.render().lines.contains { $0.contains("3 keys typed: they act once the map is open.") })
        #expect(loading.render().size == Size(width: 120, height: 40))

        // The map arrives: its state takes the loading frame's size and theme, then the keys.
        let loaded = AppState(map: TestMaps.acme, fileName: "big.yaml", today: TestMaps.today)
        var opened = loading.opening(loaded)
        for message in loading.queued { _ = opened.update(message) }

        var direct = AppState(map: TestMaps.acme, fileName: "big.yaml", today: TestMaps.today, size: Size(width: 120, height: 40))
        for key in typed { direct.handle(key) }
        #expect(opened.currentScreen == .systems)
        #expect(opened.size == Size(width: 120, height: 40))
        #expect(opened[list: SystemsScreen.list].selection == 2)
        #expect(opened[list: SystemsScreen.list].selection == direct[list: SystemsScreen.list].selection)
        #expect(AppView.render(opened) == AppView.render(direct))
    }
}
