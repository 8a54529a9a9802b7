import ResidencyTUI
import Testing

@Suite("Fitting text to columns")
struct TextFittingTests {
    @Test("Truncation counts display width and ends with an ellipsis")
    func truncate() {
        #expect(TextFitting.truncate("Zürich", to: 10) == "Zürich")
        #expect(TextFitting.truncate("Zürich", to: 4) == "Zür…")
        #expect(TextFitting.truncate("東京東京", to: 5) == "東京…")
        #expect(TextFitting.truncate("東京東京", to: 4) == "東…")     // never half a wide character
        #expect(TextFitting.truncate("abc", to: 0) == "")
        #expect(TextFitting.truncate("abc", to: 1) == "…")
    }

    @Test("Cutting from the front keeps the end")
    func truncateHead() {
        #expect(TextFitting.truncateHead("Samples/acme-saas.yaml", to: 10) == "…saas.yaml")
        #expect(TextFitting.truncateHead("東京東京", to: 5) == "…東京")
        #expect(TextFitting.truncateHead("short", to: 10) == "short")
    }

    @Test("Padding fills to an exact width")
    func pad() {
        #expect(TextFitting.pad("東京", to: 6) == "東京  ")
        #expect(TextFitting.pad("ab", to: 5, alignment: .right) == "   ab")
        #expect(DisplayWidth.of(TextFitting.pad("東京東京東京", to: 7)) == 7)
    }

    @Test("Wrapping breaks at spaces and never exceeds the width")
    func wrapWords() {
        let lines = TextFitting.wrap("Customer records stay in the EU unless an exception applies", width: 20)
        #expect(lines == ["Customer records", "stay in the EU", "unless an exception", "applies"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
    }

    @Test("A long word or a run of CJK breaks between graphemes")
    func wrapLong() {
        let lines = TextFitting.wrap("東京の顧客データは日本", width: 7)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 7 })
        #expect(lines.joined() == "東京の顧客データは日本")
        #expect(TextFitting.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test("Newlines start new lines; empty lines stay")
    func wrapNewlines() {
        #expect(TextFitting.wrap("one\n\ntwo", width: 10) == ["one", "", "two"])
    }
}
