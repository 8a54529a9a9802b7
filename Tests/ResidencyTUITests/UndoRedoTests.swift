import ResidencyModel
import ResidencyTUI
import Testing

/// u and C-r: the map comes back exactly, the footer names what was undone or redone, and each
/// goes to the journal like any edit. History has no limit.
@Suite("Editing: undo and redo")
struct UndoRedoTests {
    @Test("u restores the map exactly and names the edit; C-r puts it back; both are journaled")
    func undoRedo() throws {
        var state = try Editing.acmeFromFile()
        let original = state.map
        state.press(.character("2"))
        state.select(.system("uploads"))
        state.press(.character("e"))
        state.setField("location", to: "aws:us-east-1")
        state.focusField("retention")
        state.press(.enter)
        let edited = state.map
        #expect(edited != original)

        var effects = state.press(.character("u"))
        #expect(state.map == original)
        #expect(effects.names == ["appendJournal"])
        if case .appendJournal(let edit)? = effects.first {
            #expect(edit.label == "Undo: Edit system File uploads")
        }
        var status = try #require(state.status?.text)
        #expect(status.contains("Uploaded files are stored in Frankfurt: broken -> holds"), "\(status)")
        #expect(status.hasSuffix("Undo: Edit system File uploads"), "\(status)")
        #expect(state.evaluation.result(forClaim: "files-frankfurt")?.verdict == .holds)
        #expect(!state.document.isModified, "undone back to the file: nothing unsaved")

        effects = state.press(.control("r"))
        #expect(state.map == edited)
        #expect(effects.names == ["appendJournal"])
        status = try #require(state.status?.text)
        #expect(status.hasSuffix("Redo: Edit system File uploads"), "\(status)")
        #expect(state.evaluation.result(forClaim: "files-frankfurt")?.verdict == .broken)
        #expect(state.document.isModified)

        state.press(.control("r"))
        #expect(state.status == StatusMessage("Nothing to redo", kind: .error))
        #expect(state.map == edited)
    }

    @Test("The u key's help names the edit it would undo")
    func undoHelp() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("2"))
        state.select(.system("db-main"))
        state.press(.character("y"))
        let undo = Keymap.editing(in: state).binding(for: .character("u"))
        #expect(undo?.help == "Undo: Add system Primary database (copy)")
        #expect(undo?.disabledReason == nil)
        state.press(.character("u"))
        #expect(Keymap.editing(in: state).binding(for: .character("u"))?.disabledReason == "Nothing to undo")
        #expect(Keymap.editing(in: state).binding(for: .control("r"))?.help == "Redo: Add system Primary database (copy)")
    }

    @Test("Ten edits, ten undos: back to the file; ten redos: back to the tenth")
    func unlimited() throws {
        var state = try Editing.acmeFromFile()
        let original = state.map
        state.press(.character("2"))
        state.select(.system("cdn"))
        var maps = [original]
        var statuses: [String] = []
        for number in 1...10 {
            if number.isMultiple(of: 2) {
                state.press(.character("y"))
            } else {
                state.select(.system("cdn"))
                state.press(.character("e"))
                state.setField("vendor", to: "CDN vendor \(number)")
                state.press(.enter)
            }
            maps.append(state.map)
        }
        #expect(Set(maps.map(\.systems.count)) == Set(29...34))
        #expect(state.document.sinceSnapshot.count == 10)

        for number in stride(from: 9, through: 0, by: -1) {
            let effects = state.press(.character("u"))
            #expect(effects.names == ["appendJournal"])
            #expect(state.map == maps[number], "undo \(10 - number)")
            statuses.append(state.status?.text ?? "")
        }
        #expect(state.map == original)
        #expect(!state.document.isModified)
        #expect(statuses.allSatisfy { $0.contains("Undo: ") }, "\(statuses)")
        state.press(.character("u"))
        #expect(state.status == StatusMessage("Nothing to undo", kind: .error))

        for number in 1...10 {
            state.press(.control("r"))
            #expect(state.map == maps[number], "redo \(number)")
        }
        #expect(state.document.sinceSnapshot.count == 30, "edits, undos and redos all go to the journal")
    }

    @Test("A new edit after an undo drops what could be redone")
    func newEditClearsRedo() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("2"))
        state.select(.system("api"))
        state.press(.character("y"), .character("u"))
        #expect(state.document.canRedo)
        state.select(.system("api"))
        state.press(.character("y"))
        #expect(!state.document.canRedo)
        state.press(.control("r"))
        #expect(state.status?.text == "Nothing to redo")
    }

    @Test("A map held only in memory undoes too, without journal effects")
    func inMemory() {
        var state = MapScreenMaps.state()
        let original = state.map
        state.press(.character("2"))
        #expect(state.press(.character("y")).isEmpty)
        #expect(state.map != original)
        #expect(state.press(.character("u")).isEmpty)
        #expect(state.map == original)
    }
}
