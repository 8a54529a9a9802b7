import ResidencyModel
import ResidencyTUI
import Testing

/// Forms refuse bad values beside the field, keep the map as it was and stay open; Esc closes
/// them; Tab and Shift-Tab move between fields; Enter on a field with a list opens its picker.
@Suite("Editing: forms")
struct FormTests {
    /// Systems, `uploads` selected, its form open.
    private func uploadsForm() throws -> AppState {
        var state = try Editing.acmeFromFile()
        state.press(.character("2"))
        state.select(.system("uploads"))
        state.press(.character("e"))
        return state
    }

    @Test("A misspelt location is refused with the validator's suggestion beside the field; the form stays open")
    func unknownLocation() throws {
        var state = try uploadsForm()
        let original = state.map
        state.setField("location", to: "aws:eu-cental-1")
        state.focusField("retention")
        let effects = state.press(.enter)
        #expect(effects.isEmpty)
        #expect(state.map == original)
        let form = try #require(state.topForm)
        let message = try #require(form.errors["location"])
        #expect(message.contains("unknown location"), "\(message)")
        #expect(message.contains("did you mean 'aws:eu-central-1'"), "\(message)")
        #expect(form.focusedField.key == "location", "the focus goes to the field at fault")
        #expect(state.status?.kind == .error)
        #expect(state.status?.text.hasPrefix("Not applied: ") == true)
        // Beside the field, wrapped so the suggestion shows whole at 80 columns.
        let lines = AppView.render(state).lines
        #expect(lines.contains { $0.contains("! unknown location 'aws:eu-cental-1'") })
        #expect(lines.contains { $0.contains("'aws:eu-central-1'?") }, "\(lines.joined(separator: "\n"))")

        // Typing in the field clears its message; the fix applies.
        state.press(.backspace)
        #expect(state.topForm?.errors["location"] == nil)
        state.press(.end, .control("u"))
        // Typing into the location searches the catalogue; Enter takes the code typed out.
        state.type("aws:eu-central-1")
        state.press(.enter)
        state.setField("vendor", to: "Amazon S3")
        state.press(.enter)
        #expect(state.overlays.isEmpty)
        #expect(state.map.system("uploads")?.location == .places(["aws:eu-central-1"]))
        #expect(state.map.system("uploads")?.vendor == "Amazon S3")
    }

    @Test("A date not written YYYY-MM-DD is refused beside its field")
    func badDate() throws {
        var state = try uploadsForm()
        let original = state.map
        state.setField("evidence.on", to: "31/12/2026")
        state.press(.enter)
        #expect(state.map == original)
        let form = try #require(state.topForm)
        #expect(form.errors["evidence.on"] == "write a date as YYYY-MM-DD, such as 2026-12-31")
        #expect(form.focusedField.key == "evidence.on")
        #expect(state.status == StatusMessage("write a date as YYYY-MM-DD, such as 2026-12-31", kind: .error))
    }

    @Test("Required fields, ids, numbers and retention are checked as they are read")
    func readErrors() throws {
        var state = try uploadsForm()
        state.setField("name", to: "")
        state.press(.enter)
        #expect(state.topForm?.errors["name"] == "Name is required")

        state.setField("name", to: "File uploads")
        state.setField("id", to: "Bad Id!")
        state.press(.enter)
        #expect(state.topForm?.errors["id"]?.contains("use letters, digits and dashes") == true,
                "\(state.topForm?.errors ?? [:])")

        state.setField("id", to: "uploads")
        state.setField("retention", to: "a while")
        state.press(.enter)
        #expect(state.topForm?.errors["retention"]?.hasPrefix("write how long") == true)
        #expect(state.topForm?.errors.count == 1, "only the latest problem is shown")

        state.setField("retention", to: "30 days")
        state.setField("id", to: "db-main")
        state.press(.enter)
        #expect(state.topForm != nil, "an id another system has is refused")
        #expect(state.map.system("uploads") != nil)
        #expect(state.status?.kind == .error)
    }

    @Test("Esc closes the form without changing the map")
    func escape() throws {
        var state = try uploadsForm()
        let original = state.map
        state.setField("name", to: "Something else")
        let effects = state.press(.escape)
        #expect(effects.isEmpty)
        #expect(state.overlays.isEmpty)
        #expect(state.map == original)
        #expect(state.status?.text == "Form closed: nothing changed")
        #expect(!state.document.isModified)
    }

    @Test("Enter on an unchanged form closes it: nothing to apply")
    func unchanged() throws {
        var state = try uploadsForm()
        state.focusField("vendor")
        let effects = state.press(.enter)
        #expect(effects.isEmpty)
        #expect(state.overlays.isEmpty)
        #expect(state.status?.text == "Nothing changed")
        #expect(!state.document.canUndo)
    }

    @Test("Tab and Down move to the next field, Shift-Tab and Up back, wrapping at the ends")
    func focus() throws {
        var state = try uploadsForm()
        let count = try #require(state.topForm?.fields.count)
        #expect(state.topForm?.focus == 0)
        state.press(.tab)
        #expect(state.topForm?.focusedField.key == "name")
        state.press(.down)
        #expect(state.topForm?.focusedField.key == "kind")
        state.press(.backTab, .up)
        #expect(state.topForm?.focus == 0)
        state.press(.backTab)
        #expect(state.topForm?.focus == count - 1)
        #expect(state.topForm?.focusedField.key == "notes")
        state.press(.tab)
        #expect(state.topForm?.focus == 0)
    }

    @Test("Enter on a field with a list opens its picker; Esc goes back to the form unchanged")
    func enterOpensPicker() throws {
        var state = try uploadsForm()
        state.focusField("kind")
        state.press(.control("p"))
        #expect(state.overlays.count == 2)
        let picker = try #require(state.topPicker)
        #expect(picker.title == "Kind")
        #expect(picker.fieldIndex == 2)
        #expect(picker.selected?.value == "object-storage", "the picker starts on the field's value")
        state.press(.escape)
        #expect(state.topForm?.texts["kind"] == "object-storage")
        #expect(state.topForm?.focusedField.key == "kind")
    }

    @Test("Keys a form does not use say so and change nothing")
    func unusedKey() throws {
        var state = try uploadsForm()
        let before = state.topForm?.texts
        state.press(.pageDown)
        #expect(state.topForm?.texts == before)
        #expect(state.status?.text.contains("does nothing in a form") == true)
    }

    @Test("A system whose location is unknown opens on the location, with its question")
    func unknownLocationQuestion() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("2"))
        state.select(.system("contractor-laptop"))
        state.press(.character("e"))
        let form = try #require(state.topForm)
        #expect(form.focusedField.key == "location")
        #expect(form.question?.hasPrefix("The contractor downloads CSV exports") == true)
    }
}

/// With a reason the map cannot be changed, every editing key says it and changes nothing.
@Suite("Editing: read-only")
struct ReadOnlyTests {
    static let reason = "read-only: opened with --read-only"

    @Test("e, a, D, y, u, C-r and C-s say why and change nothing", arguments: [
        Key.character("e"), .character("a"), .character("D"), .character("y"), .character("u"), .control("r"), .control("s"),
    ])
    func keys(_ key: Key) throws {
        var state = try Editing.acmeFromFile(readOnly: Self.reason)
        let original = state.map
        state.press(.character("2"))
        state.select(.system("uploads"))
        let effects = state.press(key)
        #expect(effects.isEmpty)
        #expect(state.overlays.isEmpty)
        #expect(state.map == original)
        #expect(state.status == StatusMessage(Self.reason, kind: .error))
    }

    static let listKeys: [(Character, Key)] = [
        ("2", .character("c")), ("3", .character("c")), ("4", .character("s")), ("5", .character("x")),
        ("1", .character("o")), ("1", .character("c")), ("1", .character("m")), ("1", .character(":")),
    ]

    @Test("The keys that open a selection's lists and the header say why too", arguments: listKeys)
    func lists(_ tab: Character, _ key: Key) throws {
        var state = try Editing.acmeFromFile(readOnly: Self.reason)
        state.press(.character(tab), key)
        if key == .character(":") {
            #expect(state.overlays.count == 1, ": still opens its prompt: :q works read-only")
            state.type("w")
            #expect(state.press(.enter).isEmpty)
            #expect(state.status == StatusMessage(Self.reason, kind: .error))
        } else {
            #expect(state.overlays.isEmpty)
            #expect(state.status == StatusMessage(Self.reason, kind: .error))
        }
    }

    @Test("Help lists the editing keys with the reason")
    func help() throws {
        var state = try Editing.acmeFromFile(readOnly: Self.reason)
        state.press(.character("2"), .character("?"))
        #expect(state.currentScreen == .help)
        let text = HelpScreen.lines(for: state, width: 200).map(\.text)
        for label in ["Edit the selected system", "Add a system", "Delete the selected system", "Duplicate the selected system",
                      "Undo the last edit", "Save the map to its file"] {
            #expect(text.contains { $0.contains(label) && $0.contains("(now: \(Self.reason))") }, "\(label): \(text)")
        }
        #expect(!Keymap.editing(in: state, screen: .systems).hints.contains { $0.text == "edit" }, "the footer leaves them out")
    }
}
