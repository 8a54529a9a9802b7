import ResidencyTUI
import Testing

@Suite("App frame: minimum size, themes, tab bar, footer")
struct AppViewTests {
    @Test("Below the minimum size only the enlarge message shows, centred", arguments: [
        Size(width: 59, height: 24), Size(width: 80, height: 15), Size(width: 30, height: 5),
    ])
    func tooSmall(size: Size) {
        let buffer = AppView.render(TestMaps.state(size: size))
        let text = buffer.lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(text == "Terminal too small: enlarge to at least 60 x 16 (now \(size.width) x \(size.height))")
        #expect(!buffer.lines.joined().contains("Overview"))
    }

    @Test("At the minimum size the screen is drawn again")
    func recovers() {
        var state = TestMaps.state(size: Size(width: 40, height: 10))
        #expect(AppView.render(state).lines.joined().contains("too small"))
        state.resize(to: AppView.minimumSize)
        let lines = AppView.render(state).lines
        #expect(!lines.joined().contains("too small"))
        #expect(lines.contains { $0.contains("Customer records stay in the EU") })
        #expect(lines.last?.contains("q quit") == true)
    }

    @Test("NO_COLOR, --no-color and colourless terminals get the monochrome theme")
    func themeChoice() {
        #expect(Theme.resolve(environment: ["NO_COLOR": "1"], terminalHasColors: true) == .monochrome)
        #expect(Theme.resolve(environment: ["NO_COLOR": ""], terminalHasColors: true) == .color)
        #expect(Theme.resolve(environment: [:], terminalHasColors: false) == .monochrome)
        #expect(Theme.resolve(environment: [:], terminalHasColors: true, forceMonochrome: true) == .monochrome)
        #expect(Theme.resolve(environment: [:], terminalHasColors: true) == .color)
    }

    @Test("The monochrome theme draws no colour, yet the selection still stands out")
    func monochromeHasNoColor() {
        var state = TestMaps.state(theme: .monochrome)
        state.handle(.character("j"))
        let buffer = AppView.render(state)
        #expect(buffer.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
        let selectedRow = buffer.lines.firstIndex { $0.contains("› Uploaded files") }
        #expect(selectedRow != nil)
        if let selectedRow { #expect(buffer[4, selectedRow].style.reverse) }
    }

    @Test("The tab bar names every tab at 80 columns and numbers them when narrow")
    func tabBar() {
        let wide = AppView.render(TestMaps.state()).text(row: 0)
        for tab in ScreenID.tabs { #expect(wide.contains("\(tab.number ?? 0) \(tab.title)")) }
        #expect(wide.contains("Acme Workflow"))
        var narrow = TestMaps.state(size: AppView.minimumSize)
        narrow.handle(.character("3"))
        let row = AppView.render(narrow).text(row: 0)
        #expect(row.contains("3 Access"))
        #expect(!row.contains("Systems"))
        #expect(row.contains(" 2 "))
    }

    @Test("While typing, the footer shows the search and the cursor sits at its end")
    func searchFooter() {
        var state = TestMaps.state()
        for key: Key in [.character("/"), .character("e"), .character("u")] { state.handle(key) }
        let buffer = AppView.render(state)
        #expect(buffer.text(row: 23).hasPrefix("/eu"))
        #expect(buffer.text(row: 23).contains("Esc cancel"))
        #expect(buffer.cursor == Position(column: 3, row: 23))
        state.handle(.enter)
        #expect(AppView.render(state).cursor == nil)
    }

    @Test("A search longer than the footer shows its end, where typing happens")
    func longSearch() {
        var state = TestMaps.state(size: AppView.minimumSize)
        state.handle(.character("/"))
        for character in "a very long search text that goes on and on until the end" { state.handle(.character(character)) }
        let footer = AppView.render(state).text(row: 15)
        #expect(footer.hasPrefix("/…"))
        #expect(footer.contains("until the end"))
        #expect(footer.contains("Esc cancel"))
    }

    @Test("A status message shows in the footer, marked when it is an error")
    func statusFooter() {
        var state = TestMaps.state()
        state.status = StatusMessage("Could not save", kind: .error)
        #expect(AppView.render(state).text(row: 23).hasPrefix("! Could not save"))
    }
}
