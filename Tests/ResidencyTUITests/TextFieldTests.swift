import ResidencyModel
import ResidencyTUI
import Testing

/// The one-line text field: the cursor counts characters (grapheme clusters), the usual editing
/// keys, control characters refused, and a view that keeps the cursor in sight.
@Suite("Editing: text field")
struct TextFieldTests {
    private func field(_ text: String, keys: [Key] = []) -> TextField {
        var field = TextField(text)
        for key in keys { field.handle(key) }
        return field
    }

    @Test("The cursor starts at the end; left, right, Home, End, C-a and C-e move it within the text")
    func movement() {
        var field = TextField("abc")
        #expect(field.cursor == 3)
        field.handle(.left)
        #expect(field.cursor == 2)
        field.handle(.right)
        field.handle(.right)
        #expect(field.cursor == 3, "right stops at the end")
        field.handle(.home)
        #expect(field.cursor == 0)
        field.handle(.left)
        #expect(field.cursor == 0, "left stops at the start")
        field.handle(.end)
        #expect(field.cursor == 3)
        field.handle(.control("a"))
        #expect(field.cursor == 0)
        field.handle(.control("e"))
        #expect(field.cursor == 3)
        #expect(field.text == "abc")
    }

    @Test("Typing inserts at the cursor")
    func insertion() {
        let field = field("ac", keys: [.left, .character("b")])
        #expect(field.text == "abc")
        #expect(field.cursor == 2)
        #expect(self.field("", keys: [.character("x"), .home, .character("y")]).text == "yx")
    }

    @Test("Backspace deletes before the cursor, Delete at it; both stop at the ends")
    func deletion() {
        var field = TextField("abcd")
        field.handle(.left)
        field.handle(.backspace)
        #expect(field.text == "abd")
        #expect(field.cursor == 2)
        field.handle(.delete)
        #expect(field.text == "ab")
        #expect(field.cursor == 2)
        field.handle(.delete)
        #expect(field.text == "ab", "Delete at the end does nothing")
        field.handle(.home)
        field.handle(.backspace)
        #expect(field.text == "ab", "Backspace at the start does nothing")
        #expect(field.cursor == 0)
    }

    @Test("C-w deletes the word before the cursor with the spaces after it; C-u before the cursor; C-k after it")
    func wordAndLineDeletion() {
        #expect(field("aws:eu-west-1, aws:us-east-1", keys: [.control("w")]).text == "aws:eu-west-1, ")
        #expect(field("one two  ", keys: [.control("w")]).text == "one ")
        #expect(field("one", keys: [.control("w")]).text.isEmpty)
        var field = TextField("keep this, drop")
        field.handle(.left)
        field.handle(.left)
        field.handle(.left)
        field.handle(.left)
        field.handle(.control("u"))
        #expect(field.text == "drop")
        #expect(field.cursor == 0)
        field.handle(.right)
        field.handle(.control("k"))
        #expect(field.text == "d")
        #expect(field.cursor == 1)
    }

    @Test("Wide characters and accents count as one character each")
    func unicode() {
        var field = TextField("")
        for character in "東京" { field.handle(.character(character)) }
        #expect(field.text == "東京")
        #expect(field.cursor == 2)
        field.handle(.left)
        field.handle(.character("・"))
        #expect(field.text == "東・京")
        field.handle(.backspace)
        field.handle(.backspace)
        #expect(field.text == "京")

        var city = TextField("Sao Paulo")
        city.handle(.home)
        city.handle(.right)
        city.handle(.delete)
        city.handle(.character("ã"))
        #expect(city.text == "São Paulo")
        #expect(city.cursor == 2)
        // A decomposed "u" + combining diaeresis is one character too.
        var zurich = TextField("Z")
        zurich.handle(.character("u\u{308}"))
        for character in "rich" { zurich.handle(.character(character)) }
        #expect(zurich.text == "Zu\u{308}rich")
        #expect(zurich.text == "Zürich", "Swift compares canonically")
        #expect(zurich.cursor == 6)
        zurich.handle(.home)
        zurich.handle(.right)
        zurich.handle(.delete)
        #expect(zurich.text == "Zrich", "Delete removes the whole ü")
    }

    @Test("Control characters never enter a field")
    func controlCharacters() {
        var field = TextField("ok")
        for character: Character in ["\u{1B}", "\u{7}", "\n", "\t", "\u{0}", "\u{9B}"] {
            field.insert(character)
            let handled = field.handle(.character(character))
            #expect(handled, "a character key is the field's, even when refused")
        }
        #expect(field.text == "ok")
        #expect(field.cursor == 2)
    }

    @Test("Keys that are not editing are left to the form")
    func notEditing() {
        var field = TextField("x")
        for key in [Key.enter, .tab, .escape, .control("s"), .up, .pageDown] {
            let handled = field.handle(key)
            #expect(!handled, "\(key)")
        }
        #expect(field.text == "x")
    }

    @Test("visible(width:) shows short text whole, with the cursor where it is")
    func visibleShort() {
        var field = TextField("東京 office")
        field.handle(.home)
        field.handle(.right)
        let (text, column) = field.visible(width: 20)
        #expect(text == "東京 office")
        #expect(column == 2, "the cursor sits after one wide character: two columns")
    }

    @Test("visible(width:) keeps the cursor in view in long text")
    func visibleLong() {
        let long = String(repeating: "abcdefghij", count: 10)
        var field = TextField(long)
        let end = field.visible(width: 20)
        #expect(end.cursorColumn < 20)
        #expect(DisplayWidth.of(end.text) <= 20)
        #expect(end.text.hasSuffix("hij"), "\(end.text)")
        field.handle(.home)
        let start = field.visible(width: 20)
        #expect(start.cursorColumn == 0)
        #expect(start.text.hasPrefix("abcdefghij"))
        #expect(DisplayWidth.of(start.text) <= 20)
        for _ in 0..<50 { field.handle(.right) }
        let middle = field.visible(width: 20)
        #expect(middle.cursorColumn < 20)
        #expect(DisplayWidth.of(middle.text) <= 20)

        let wide = TextField(String(repeating: "東京", count: 30))
        let shown = wide.visible(width: 21)
        #expect(shown.cursorColumn <= 20)
        #expect(DisplayWidth.of(shown.text) <= 21)
        #expect(shown.text.hasSuffix("京"))
    }

    @Test("Typing in a form field edits the focused value with the same keys")
    func inForm() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("2"))
        state.select(.system("uploads"))
        state.press(.character("e"))
        state.focusField("name")
        state.press(.control("a"))
        state.type("東京 ")
        state.press(.control("e"), .control("w"))
        state.type("Zürich")
        #expect(state.formText("name") == "東京 File Zürich")
        #expect(state.topForm?.values[1].cursor == 14, "14 characters, whatever their width or bytes")
        state.press(.home, .control("k"))
        #expect(state.formText("name") == "")
    }
}

@Suite("Cell text: emoji sequences drawn at the width every terminal agrees on")
struct CellTextTests {
    @Test("Joiners, variation selectors, skin tones and tags are dropped from sequences; flags and accents stay")
    func safe() {
        #expect(CellText.safe("👩\u{200D}👩\u{200D}👧") == "👩👩👧")
        #expect(CellText.safe("❤\u{FE0F}") == "❤")
        #expect(CellText.safe("👍🏽") == "👍")
        #expect(CellText.safe("🇩🇪") == "🇩🇪")
        #expect(CellText.safe("Zürich e\u{301}") == "Zürich e\u{301}")
        #expect(CellText.safe("plain") == "plain")
        #expect(DisplayWidth.of(CellText.safe("👩\u{200D}👩\u{200D}👧")) == 6)
        #expect(Span("👩\u{200D}👩\u{200D}👧").text == "👩👩👧", "every span on screen is made safe")
    }
}
