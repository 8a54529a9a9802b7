import ResidencyTUI
import Testing

@Suite("Keymaps, footer and generated help")
struct KeymapTests {
    @Test("Help lists every binding of every screen, with its words", arguments: ScreenID.allCases)
    func helpListsEveryBinding(screen: ScreenID) {
        var state = TestMaps.state(size: Size(width: 100, height: 60))
        state.apply(.showScreen(screen))
        if screen != .help { state.apply(.help) }
        let helpText = HelpScreen.lines(for: state, width: 96).map(\.text).joined(separator: "\n")
        let source = screen == .help ? ScreenID.overview : screen
        let keymap = ScreenCatalog.screen(for: source).keymap(in: state).layered(over: .global)
        for binding in keymap.bindings {
            #expect(helpText.contains(binding.group ?? binding.keyLabel), "help misses keys of \(binding.action)")
            #expect(helpText.contains(binding.help), "help misses \"\(binding.help)\"")
        }
    }

    @Test("The rendered help screen shows the bindings too")
    func renderedHelp() {
        var state = TestMaps.state(size: Size(width: 80, height: 40))
        state.handle(.character("?"))
        let screen = AppView.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("Keys on Overview"))
        #expect(screen.contains("Open the selected claim on the Claims screen"))
        #expect(screen.contains("Quit"))
        #expect(screen.contains("1-6"))
    }

    @Test("Vim keys, arrows, Tab, numbers, / ? Esc and q are bound everywhere")
    func globalKeys() {
        let global = Keymap.global
        let expected: [(Key, Action)] = [
            (.character("j"), .moveDown), (.down, .moveDown), (.character("k"), .moveUp), (.up, .moveUp),
            (.character("g"), .top),
            (.character("G"), .bottom), (.tab, .nextScreen), (.backTab, .previousScreen),
            (.character("2"), .showScreen(.systems)), (.character("/"), .startSearch), (.character("?"), .help),
            (.escape, .back), (.enter, .open), (.character("q"), .quit),
        ]
        for (key, action) in expected {
            #expect(global.action(for: key) == action, "\(key)")
        }
        // Left and right mean something different per screen, so only screens that use them bind them.
        for key: Key in [.left, .right, .character("h"), .character("l")] {
            #expect(global.action(for: key) == nil, "\(key)")
        }
    }

    @Test("No key is bound twice in one keymap")
    func noDuplicates() {
        let state = TestMaps.state()
        for screen in ScreenID.allCases {
            let keymap = ScreenCatalog.screen(for: screen).keymap(in: state).layered(over: .global)
            let keys = keymap.bindings.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(screen) binds a key twice")
        }
    }

    @Test("A screen's binding takes a key over, and the footer comes from the bindings")
    func layering() {
        let screen = Keymap(title: "Walk", bindings: [
            KeyBinding([.right, .character("n")], .walkNext, help: "Next hop", footer: "next hop"),
        ])
        let merged = screen.layered(over: .global)
        #expect(merged.action(for: .right) == .walkNext)
        #expect(merged.action(for: .character("k")) == .moveUp)
        #expect(merged.hints.first == KeyHint(key: "→", text: "next hop"))
        #expect(merged.hints.contains(KeyHint(key: "q", text: "quit")))
        #expect(screen.remainder(of: .global).action(for: .right) == nil)
    }

    @Test("Keys are named as the help screen shows them")
    func keyNames() {
        #expect(Key.backTab.description == "S-Tab")
        #expect(Key.control("l").description == "C-l")
        #expect(Key.character(" ").description == "Space")
        #expect(Key(terminalCharacter: "\u{1B}") == .escape)
        #expect(Key(terminalCharacter: "\u{7F}") == .backspace)
        #expect(Key(terminalCharacter: "\u{4}") == .control("d"))
        #expect(Key(terminalCharacter: "\r") == .enter)
        #expect(Key(terminalCharacter: "é") == .character("é"))
    }
}
