import ResidencyTUI
import Testing

@Suite("Sanitizing map text")
struct TextSanitizerTests {
    @Test("Escape sequences show as ␛ and cannot reach the terminal")
    func escapes() {
        #expect(TextSanitizer.sanitize("\u{1B}[2J\u{1B}[31mred") == "␛[2J␛[31mred")
        #expect(TextSanitizer.sanitize("\u{1B}]0;title\u{7}") == "␛]0;title␇")
    }

    @Test("BEL, tabs, newlines and DEL become control pictures")
    func controls() {
        #expect(TextSanitizer.sanitize("ding\u{7}") == "ding␇")
        #expect(TextSanitizer.sanitize("a\tb\nc\u{7F}") == "a␉b␤c␡")
        #expect(TextSanitizer.sanitize("a\nb", keepingNewlines: true) == "a\nb")
    }

    @Test("Bidi overrides and invisible format characters show their code point")
    func formatCharacters() {
        #expect(TextSanitizer.sanitize("user\u{202E}gnp.exe") == "user<U+202E>gnp.exe")
        #expect(TextSanitizer.sanitize("a\u{200B}b") == "a<U+200B>b")
        #expect(TextSanitizer.sanitize("\u{9B}31m") == "<U+009B>31m")
    }

    @Test("Letters in any script and emoji pass unchanged", arguments: [
        "Zürich", "São Paulo", "東京", "e\u{301}", "👩‍👩‍👧", "Dana Ortiz (Platform)",
    ])
    func passThrough(text: String) {
        #expect(TextSanitizer.sanitize(text) == text)
        #expect(TextSanitizer.isSafe(text))
    }

    @Test("A combining mark with nothing before it stands on a dotted circle")
    func loneMark() {
        #expect(TextSanitizer.sanitize("\u{301}x") == "\u{25CC}\u{301}x")
        #expect(DisplayWidth.of(TextSanitizer.sanitize("\u{301}x")) == 2)
    }

    @Test("No hostile string leaves a control or format scalar in the buffer")
    func bufferIsClean() {
        let hostile = [
            "\u{1B}[2J\u{1B}[H", "\u{7}\u{8}\u{0}", "\u{202E}\u{2066}\u{200F}", "\u{85}\u{9B}",
            "\u{2028}\u{2029}", "\u{FEFF}\u{AD}", "\u{301}\u{1B}\u{301}",
        ]
        for text in hostile {
            var buffer = ScreenBuffer(width: 60, height: 1)
            buffer.write(text, at: Position(column: 0, row: 0))
            for cell in buffer.cells {
                for scalar in cell.character.unicodeScalars {
                    let category = scalar.properties.generalCategory
                    #expect(category != .control && category != .format && category != .lineSeparator,
                            "U+\(String(scalar.value, radix: 16)) reached the buffer from \(text.debugDescription)")
                }
            }
        }
    }
}
