import ResidencyModel
import Testing

/// `TerminalText.sanitize`: every invisible or format character shows as a stand-in, except the
/// few that real text needs in their place (ZWJ inside emoji, one variation selector after a base,
/// the recommended subdivision flags' tags).
@Suite("Terminal text: invisible and format characters")
struct TerminalTextTests {
    /// Each class of invisible character, alone between two letters, shows its code point.
    @Test("Invisible and format characters show as <U+...>", arguments: [
        (0x00AD, "soft hyphen"),
        (0x034F, "combining grapheme joiner"),
        (0x061C, "Arabic letter mark"),
        (0x115F, "Hangul choseong filler"),
        (0x1160, "Hangul jungseong filler"),
        (0x17B4, "Khmer vowel inherent AQ"),
        (0x17B5, "Khmer vowel inherent AA"),
        (0x180E, "Mongolian vowel separator"),
        (0x200B, "zero-width space"),
        (0x200C, "zero-width non-joiner"),
        (0x200D, "zero-width joiner between letters"),
        (0x200E, "left-to-right mark"),
        (0x200F, "right-to-left mark"),
        (0x202A, "left-to-right embedding"),
        (0x202E, "right-to-left override"),
        (0x2060, "word joiner"),
        (0x2061, "function application"),
        (0x2062, "invisible times"),
        (0x2063, "invisible separator"),
        (0x2064, "invisible plus"),
        (0x2065, "reserved default-ignorable"),
        (0x2066, "left-to-right isolate"),
        (0x2069, "pop directional isolate"),
        (0x206A, "inhibit symmetric swapping"),
        (0x206F, "nominal digit shapes"),
        (0x3164, "Hangul filler"),
        (0xFEFF, "byte order mark"),
        (0xFFA0, "halfwidth Hangul filler"),
        (0xFFF0, "reserved default-ignorable"),
        (0xFFF9, "interlinear annotation anchor"),
        (0x0600, "Arabic number sign"),
        (0x1BCA0, "shorthand letter overlap"),
        (0x1D173, "musical symbol begin beam"),
        (0xE0001, "language tag"),
        (0xE0041, "tag latin capital A"),
        (0xE0FFF, "reserved default-ignorable"),
        (0xFDD0, "noncharacter"),
        (0xFFFE, "noncharacter"),
        (0x2028, "line separator"),
        (0x2029, "paragraph separator"),
        (0x0085, "next line (C1)"),
    ] as [(UInt32, String)])
    func invisibleShows(value: UInt32, name: String) throws {
        let scalar = try #require(Unicode.Scalar(value))
        var text = "a"
        text.unicodeScalars.append(scalar)
        text += "b"
        let hex = String(value, radix: 16, uppercase: true)
        let expected = "a<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">b"
        #expect(TerminalText.sanitize(text) == expected, "\(name)")
        #expect(!TerminalText.isSafe(text), "\(name)")
    }

    @Test("ZWJ stays inside emoji sequences, and only there", arguments: [
        "👩‍💻", "👨‍👩‍👧", "🏳️‍🌈", "❤️‍🔥", "👩🏽‍💻", "🧑‍🤝‍🧑",
    ])
    func zwjInEmoji(text: String) {
        #expect(TerminalText.sanitize(text) == text)
    }

    @Test("ZWJ next to anything but two emoji shows")
    func zwjElsewhere() {
        #expect(TerminalText.sanitize("ad\u{200D}min") == "ad<U+200D>min")
        #expect(TerminalText.sanitize("\u{200D}👩") == "<U+200D>👩")
        #expect(TerminalText.sanitize("👩\u{200D}") == "👩<U+200D>")
        #expect(TerminalText.sanitize("👩\u{200D} x") == "👩<U+200D> x")
        // ASCII digits are Emoji too, but no ZWJ sequence joins them.
        #expect(TerminalText.sanitize("1\u{200D}2") == "1<U+200D>2")
        #expect(TerminalText.sanitize("👩\u{200D}\u{200D}💻") == "👩<U+200D><U+200D>💻")
    }

    @Test("One variation selector after a base character stays", arguments: [
        "❤️", "☀︎", "1️⃣", "#️⃣", "葛\u{E0100}", "\u{1820}\u{180B}", "Zürich ✔️",
    ])
    func variationAfterBase(text: String) {
        #expect(TerminalText.sanitize(text) == text)
    }

    @Test("A variation selector with no base, or a second one, shows")
    func variationWithoutBase() {
        #expect(TerminalText.sanitize("\u{FE0F}x") == "<U+FE0F>x")
        #expect(TerminalText.sanitize("a \u{FE0F}") == "a <U+FE0F>")
        #expect(TerminalText.sanitize("❤\u{FE0F}\u{FE0F}") == "❤\u{FE0F}<U+FE0F>")
        // Data hidden as a run of selectors after one emoji: all but the first show.
        #expect(TerminalText.sanitize("😀\u{E0101}\u{E0102}") == "😀\u{E0101}<U+E0102>")
        #expect(TerminalText.sanitize("\u{200B}\u{FE0F}") == "<U+200B><U+FE0F>")
        #expect(TerminalText.sanitize("e\u{301}\u{FE0F}") == "e\u{301}<U+FE0F>")
    }

    @Test("Tags stay only in the recommended subdivision flags")
    func tags() {
        let scotland = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"
        #expect(TerminalText.sanitize(scotland) == scotland)
        #expect(TerminalText.sanitize("Edinburgh " + scotland + " office") == "Edinburgh " + scotland + " office")
        // Hidden ASCII after a black flag ("hi") is not a flag.
        #expect(TerminalText.sanitize("🏴\u{E0068}\u{E0069}\u{E007F}") == "🏴<U+E0068><U+E0069><U+E007F>")
        #expect(TerminalText.sanitize("x\u{E0067}\u{E0062}\u{E007F}") == "x<U+E0067><U+E0062><U+E007F>")
        // Unterminated.
        #expect(TerminalText.sanitize("🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}") == "🏴<U+E0067><U+E0062><U+E0073><U+E0063><U+E0074>")
    }

    @Test("Letters, marks after letters, blanks that take a column, private use pass unchanged", arguments: [
        "Zürich", "São Paulo", "東京", "e\u{301}", "Łódź", "नमस्ते", "서울", "a\u{00A0}b", "a\u{3000}b",
        "a\u{2800}b", "\u{E000}", "مرحبا",
    ])
    func passThrough(text: String) {
        #expect(TerminalText.sanitize(text) == text)
    }

    @Test("A lone combining grapheme joiner shows rather than standing on a dotted circle")
    func loneCGJ() {
        #expect(TerminalText.sanitize("\u{34F}x") == "<U+034F>x")
    }

    @Test("Every Cf scalar in the BMP and the tag block shows when it stands between letters")
    func everyFormCharacter() {
        for value in UInt32(0x80)...0xE0FFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory == .format else { continue }
            var text = "a"
            text.unicodeScalars.append(scalar)
            text += "b"
            #expect(TerminalText.sanitize(text).hasPrefix("a<U+"), "U+\(String(value, radix: 16))")
        }
    }
}
