import ResidencyModel
import Testing

@Suite("Display width")
struct DisplayWidthTests {
    @Test("Latin text with accents takes one column per letter", arguments: [
        ("Zürich", 6), ("São Paulo", 9), ("Kraków", 6), ("plain ASCII", 11),
    ])
    func latin(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test("CJK and fullwidth characters take two columns")
    func wide() {
        #expect(DisplayWidth.of("東京") == 4)
        #expect(DisplayWidth.of("서울") == 4)
        #expect(DisplayWidth.of("ＡＢ") == 4)          // fullwidth Latin
        #expect(DisplayWidth.of("東京 replica") == 12)
    }

    @Test("A combining mark adds no column")
    func combining() {
        let decomposed = "e\u{301}"
        #expect(decomposed.count == 1)
        #expect(DisplayWidth.of(decomposed) == 1)
        #expect(DisplayWidth.of("Zu\u{308}rich") == 6)
        #expect(DisplayWidth.of("\u{301}") == 0)
    }

    @Test("Emoji take two columns, with modifiers, joiners, VS16 and flags")
    func emoji() {
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("👩‍👩‍👧") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
        #expect(DisplayWidth.of("❤") == 1)            // text presentation without VS16
        #expect(DisplayWidth.of("🇩🇪") == 2)
    }

    @Test("Control and format characters take no column")
    func invisible() {
        #expect(DisplayWidth.of("\u{1B}") == 0)
        #expect(DisplayWidth.of("\u{7}") == 0)
        #expect(DisplayWidth.of("\u{202E}") == 0)
        #expect(DisplayWidth.of("\u{85}") == 0)
    }
}
