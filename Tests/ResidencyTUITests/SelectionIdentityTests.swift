import ResidencyModel
import ResidencyTUI
import Testing

/// Selections are kept by identity: an edit, undo or redo that moves rows keeps the same item
/// selected on every tab, and a rename keeps the renamed item selected.
@Suite("Editing: selection by identity")
struct SelectionIdentityTests {
    private func selected(_ screen: ScreenID, in state: AppState) -> ItemRef? {
        ScreenCatalog.screen(for: screen).selectedItem(in: state)
    }

    @Test("Systems: deleting an earlier system elsewhere, undo, redo and rename keep the same system selected")
    func systems() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("2"))
        state.select(.system("uploads"))
        let row = state[list: SystemsScreen.list].selection
        #expect(row == 11)

        // Delete an earlier system from the Access screen's by-system view.
        state.press(.character("3"), .character("v"))
        state.select(.system("admin-panel"))
        state.press(.character("D"))
        #expect(state.topConfirm != nil)
        state.press(.character("y"))
        #expect(state.map.system("admin-panel") == nil)
        #expect(selected(.systems, in: state) == .system("uploads"))
        #expect(state[list: SystemsScreen.list].selection == row - 1, "the row moved up; the selection followed")

        state.press(.character("u"))
        #expect(state.map.system("admin-panel") != nil)
        #expect(selected(.systems, in: state) == .system("uploads"))
        #expect(state[list: SystemsScreen.list].selection == row)

        state.press(.control("r"))
        #expect(selected(.systems, in: state) == .system("uploads"))
        state.press(.character("u"))

        // On Systems itself: delete the first system, undo, and rename the selected one.
        state.press(.character("2"))
        #expect(SystemsScreen().selectedItem(in: state) == .system("uploads"))
        state.select(.system("cdn"))
        state.press(.character("D"), .character("y"))
        state.select(.system("uploads"))
        #expect(state[list: SystemsScreen.list].selection == row - 1)
        state.press(.character("u"))
        #expect(SystemsScreen().selectedItem(in: state) == .system("uploads"))
        #expect(state[list: SystemsScreen.list].selection == row)

        state.press(.character("e"))
        state.setField("id", to: "file-store")
        state.press(.enter)
        #expect(SystemsScreen().selectedItem(in: state) == .system("file-store"))
        state.press(.character("u"))
        #expect(SystemsScreen().selectedItem(in: state) == .system("uploads"))
    }

    @Test("Systems: adding selects the new system; the other tabs keep theirs")
    func adding() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("3"))
        state.select(.role("oncall-us"))
        state.press(.character("2"))
        state.select(.system("uploads"))
        state.press(.character("a"))
        state.setField("id", to: "archive-2")
        state.setField("name", to: "Second archive")
        state.press(.enter)
        #expect(SystemsScreen().selectedItem(in: state) == .system("archive-2"))
        #expect(selected(.access, in: state) == .role("oncall-us"))
        state.press(.character("u"))
        #expect(state.map.system("archive-2") == nil)
        #expect(selected(.access, in: state) == .role("oncall-us"))
    }

    @Test("Systems: with a search narrowing the list, a delete above keeps the selection on the same system")
    func narrowed() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("2"), .character("/"))
        state.type("frankfurt")
        state.press(.enter)
        state.select(.system("uploads"))
        let row = state[list: SystemsScreen.list].selection
        state.select(.system("waf"))
        state.press(.character("D"), .character("y"))
        #expect(state.map.system("waf") == nil)
        state.select(.system("uploads"))
        #expect(state[list: SystemsScreen.list].selection == row - 1)
        state.press(.character("u"))
        #expect(SystemsScreen().selectedItem(in: state) == .system("uploads"))
        #expect(state[list: SystemsScreen.list].selection == row)
    }

    @Test("Access: undoing the delete of an earlier role, redoing it and renaming keep the same role selected")
    func roles() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("3"))
        state.select(.role("support-eu"))
        state.press(.character("D"))
        #expect(state.overlays.isEmpty, "no exception covers the EU agents")
        #expect(state.map.role("support-eu") == nil)
        state.select(.role("engineers-eu"))
        #expect(state[list: AccessScreen.rolesList].selection == 1)

        state.press(.character("u"))
        #expect(AccessScreen().selectedItem(in: state) == .role("engineers-eu"))
        #expect(state[list: AccessScreen.rolesList].selection == 2)
        state.press(.control("r"))
        #expect(AccessScreen().selectedItem(in: state) == .role("engineers-eu"))
        #expect(state[list: AccessScreen.rolesList].selection == 1)

        state.press(.character("e"))
        state.setField("id", to: "platform-eu")
        state.press(.enter)
        #expect(AccessScreen().selectedItem(in: state) == .role("platform-eu"))

        state.press(.character("a"))
        state.setField("id", to: "auditors")
        state.setField("name", to: "Auditors")
        state.setField("team", to: "legal")
        state.setField("countries", to: "DE")
        state.focusField("headcount")
        state.press(.enter)
        #expect(AccessScreen().selectedItem(in: state) == .role("auditors"))
        state.press(.character("u"))
        #expect(state.map.role("auditors") == nil)
    }

    @Test("Claims: deleting an earlier claim from the Overview, undoing and renaming keep the same claim selected")
    func claims() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("5"))
        state.select(.claim("files-frankfurt"))
        let row = state[list: ClaimsScreen.claimsList].selection

        state.press(.character("1"))
        state.select(.claim("eu-records"))
        state.press(.character("D"))
        #expect(state.topConfirm?.lines.contains("  · removes exception ex-archive-purge") == true)
        state.press(.character("y"))
        #expect(selected(.claims, in: state) == .claim("files-frankfurt"))

        state.press(.character("u"))
        #expect(selected(.claims, in: state) == .claim("files-frankfurt"))
        #expect(state[list: ClaimsScreen.claimsList].selection == row)

        state.press(.character("5"), .character("e"))
        state.setField("id", to: "files-de")
        state.press(.enter)
        #expect(ClaimsScreen().selectedItem(in: state) == .claim("files-de"))
        #expect(selected(.overview, in: state) == .claim("eu-everything"),
                "the Overview keeps its own selection: the claim after the deleted one, which undo did not move")
    }

    @Test("Walk: an edit that moves the walked flow's steps keeps the walk on its step")
    func walk() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("4"))
        state.select(.flow("file-upload"))
        state.press(.enter, .character("n"), .character("n"), .character("n"), .character("n"))
        #expect(state.selectedRef == .step(flow: "file-upload", index: 4))
        // Rename the step's system on Systems: the walk stays on the same hop.
        state.press(.character("2"))
        state.select(.system("uploads"))
        state.press(.character("e"))
        state.setField("id", to: "file-store")
        state.press(.enter)
        #expect(WalkScreen().selectedItem(in: state) == .step(flow: "file-upload", index: 4))
        #expect(state.map.flow("file-upload")?.steps[4].system == "file-store")
    }

    @Test("Walk: deleting an earlier step's system keeps the walk on the same step, now one hop earlier")
    func walkAfterEarlierDelete() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("4"))
        state.select(.flow("file-upload"))
        state.press(.enter, .character("n"), .character("n"), .character("n"), .character("n"))
        #expect(state.selectedRef == .step(flow: "file-upload", index: 4))
        state.press(.character("2"))
        state.select(.system("waf"))
        state.press(.character("D"))
        if state.topConfirm != nil { state.press(.character("y")) }
        #expect(state.map.system("waf") == nil)
        #expect(WalkScreen().selectedItem(in: state) == .step(flow: "file-upload", index: 3))
        #expect(state.map.flow("file-upload")?.steps[3].system == "uploads")
        state.press(.character("u"))
        #expect(WalkScreen().selectedItem(in: state) == .step(flow: "file-upload", index: 4))
    }
}
