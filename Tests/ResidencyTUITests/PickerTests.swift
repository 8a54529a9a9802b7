import ResidencyModel
import ResidencyTUI
import Testing

/// Pickers narrow as you type; Enter takes the selected value alone, Tab marks several in a
/// list field and Enter takes the marked ones; text that matches nothing is taken as typed.
@Suite("Editing: pickers")
struct PickerTests {
    /// Systems, `id` selected, its form open with the picker of `field` over it.
    private func picker(_ field: String, system id: String = "uploads") throws -> AppState {
        var state = try Editing.acmeFromFile()
        state.press(.character("2"))
        state.select(.system(id))
        state.press(.character("e"))
        state.focusField(field)
        state.press(.control("p"))
        #expect(state.topPicker != nil)
        return state
    }

    private func values(_ state: AppState) -> [String] { state.topPicker?.options.map(\.value) ?? [] }

    /// Moves the picker's selection to the option with `value`.
    private func move(to value: String, in state: inout AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let index = values(state).firstIndex(of: value) else {
            Issue.record("no option \(value) in \(values(state))", sourceLocation: sourceLocation)
            return
        }
        for _ in 0..<values(state).count { state.press(.up) }
        for _ in 0..<index { state.press(.down) }
        #expect(state.topPicker?.selected?.value == value, sourceLocation: sourceLocation)
    }

    @Test("Typing frank in a location picker offers the Frankfurt regions of every cloud")
    func frank() throws {
        var state = try picker("location")
        let picker = try #require(state.topPicker)
        #expect(picker.allowsSeveral)
        #expect(picker.chosen == ["aws:eu-central-1"], "the field's codes start marked")
        state.type("frank")
        #expect(state.topPicker?.query.text == "frank")
        let offered = values(state)
        for code in ["aws:eu-central-1", "gcp:europe-west3", "azure:germanywestcentral"] {
            #expect(offered.contains(code), "\(code) in \(offered)")
        }
        #expect(!offered.contains("aws:us-east-1"))
        #expect(!offered.contains("unknown"))
        #expect(state.topPicker?.selection == 0, "typing starts again from the first match")
    }

    @Test("Enter takes the selected option alone; the focus stays on the field")
    func enterTakesSelected() throws {
        var state = try picker("location")
        state.type("frank")
        move(to: "gcp:europe-west3", in: &state)
        let effects = state.press(.enter)
        #expect(effects.isEmpty)
        #expect(state.overlays.count == 1)
        #expect(state.formText("location") == "gcp:europe-west3")
        #expect(state.topForm?.focusedField.key == "location")
        state.focusField("vendor")
        state.press(.enter)
        #expect(state.map.system("uploads")?.location == .places(["gcp:europe-west3"]))
    }

    @Test("Tab marks several; Enter takes the marked list in the order marked")
    func tabMarks() throws {
        var state = try picker("location")
        state.type("frank")
        move(to: "gcp:europe-west3", in: &state)
        state.press(.tab)
        #expect(state.topPicker?.chosen == ["aws:eu-central-1", "gcp:europe-west3"])
        move(to: "azure:germanywestcentral", in: &state)
        state.press(.tab)
        move(to: "aws:eu-central-1", in: &state)
        state.press(.tab)
        #expect(state.topPicker?.chosen == ["gcp:europe-west3", "azure:germanywestcentral"], "Tab on a marked value unmarks it")
        state.press(.enter)
        #expect(state.formText("location") == "gcp:europe-west3, azure:germanywestcentral")
        state.focusField("vendor")
        state.press(.enter)
        #expect(state.map.system("uploads")?.location == .places(["gcp:europe-west3", "azure:germanywestcentral"]))
    }

    @Test("The data field's picker marks categories")
    func categories() throws {
        var state = try picker("data")
        #expect(state.topPicker?.allowsSeveral == true)
        #expect(state.topPicker?.chosen == ["uploaded-files"])
        #expect(values(state).contains("free-text"))
        state.type("free")
        #expect(values(state) == ["free-text"])
        state.press(.tab, .enter)
        #expect(state.formText("data") == "uploaded-files, free-text")
    }

    @Test("A scope picker of fixed words: Enter with nothing marked takes the selected one alone")
    func choicesEnterAlone() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("5"))
        state.select(.claim("files-frankfurt"))
        state.press(.character("e"))
        state.focusField("scope")
        state.press(.control("p"))
        #expect(state.topPicker?.chosen == ["storage"])
        move(to: "access", in: &state)
        state.press(.enter)
        #expect(state.formText("scope") == "access")
    }

    @Test("A reference picker lists the map's systems by name and takes the id")
    func systemReference() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("2"))
        state.select(.system("db-main"))
        state.press(.character("c"), .character("a"))
        state.focusField("to")
        state.press(.control("p"))
        let picker = try #require(state.topPicker)
        #expect(!picker.allowsSeveral)
        #expect(picker.options.count == state.map.systems.count)
        #expect(picker.options.contains { $0.value == "backup-vault" && $0.label == "Nightly backups" })
        state.type("nightly")
        #expect(values(state) == ["backup-vault"])
        state.press(.enter)
        #expect(state.formText("to") == "backup-vault")
        #expect(state.topForm?.focusedField.key == "to")
    }

    @Test("Text that matches nothing is taken as typed")
    func typedText() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("3"), .character("a"))
        state.focusField("team")
        state.press(.control("p"))
        #expect(state.topPicker?.options.contains { $0.value == "support" } == true)
        state.type("audit guild")
        #expect(values(state).isEmpty)
        #expect(AppView.render(state).lines.contains { $0.contains("Nothing matches: Enter takes what you typed.") })
        state.press(.enter)
        #expect(state.formText("team") == "audit guild")

        var location = try picker("location")
        location.type("mars:base-1")
        #expect(values(location).isEmpty)
        location.press(.enter)
        #expect(location.formText("location") == "mars:base-1")
    }

    @Test("Esc goes back to the form without changing the field, marks and all")
    func escapeAndNothing() throws {
        var state = try picker("location")
        state.type("frank")
        state.press(.tab)
        state.press(.escape)
        #expect(state.topForm != nil)
        #expect(state.formText("location") == "aws:eu-central-1")
    }

    @Test("In a new system's location picker, marking a place replaces 'unknown'")
    func unknownReplaced() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("2"), .character("a"))
        state.setField("id", to: "ledger")
        state.setField("name", to: "Ledger")
        state.focusField("location")
        state.press(.control("p"))
        #expect(state.topPicker?.chosen == ["unknown"])
        state.type("frank")
        move(to: "aws:eu-central-1", in: &state)
        state.press(.tab)
        #expect(state.topPicker?.chosen == ["aws:eu-central-1"])
        state.press(.enter)
        #expect(state.formText("location") == "aws:eu-central-1")
        state.focusField("vendor")
        state.press(.enter)
        #expect(state.overlays.isEmpty, "\(state.topForm?.errors ?? [:])")
        #expect(state.map.system("ledger")?.location == .places(["aws:eu-central-1"]))

        // And back: marking unknown unmarks the places.
        state.select(.system("ledger"))
        state.press(.character("e"))
        state.focusField("location")
        state.press(.control("p"))
        state.type("frank")
        move(to: "gcp:europe-west3", in: &state)
        state.press(.tab)
        #expect(state.topPicker?.chosen == ["aws:eu-central-1", "gcp:europe-west3"])
        state.press(.end, .control("u"))
        state.type("unknown")
        move(to: "unknown", in: &state)
        state.press(.tab)
        #expect(state.topPicker?.chosen == ["unknown"])
    }
}
