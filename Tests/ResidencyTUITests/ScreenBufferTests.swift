import ResidencyTUI
import Testing

@Suite("Screen buffer")
struct ScreenBufferTests {
    @Test("A wide character fills a cell and a continuation cell")
    func wideCells() {
        var buffer = ScreenBuffer(width: 8, height: 1)
        let written = buffer.write("東京", at: Position(column: 1, row: 0))
        #expect(written == 4)
        #expect(buffer[1, 0] == Cell(character: "東", width: 2))
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer[3, 0].character == "京")
        #expect(buffer[4, 0].isContinuation)
        #expect(buffer.text(row: 0) == " 東京   ")
    }

    @Test("Zürich and São Paulo take one cell per letter", arguments: ["Zürich", "São Paulo"])
    func accentedNames(name: String) {
        var buffer = ScreenBuffer(width: 12, height: 1)
        #expect(buffer.write(name, at: Position(column: 0, row: 0)) == name.count)
        #expect(buffer.text(row: 0).hasPrefix(name))
        #expect(buffer.text(row: 0).count == 12)
    }

    @Test("A decomposed é stays one cell holding both scalars")
    func combiningMark() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.write("e\u{301}x", at: Position(column: 0, row: 0))
        #expect(buffer[0, 0].character == "e\u{301}")
        #expect(buffer[0, 0].width == 1)
        #expect(buffer[1, 0].character == "x")
    }

    @Test("An emoji takes two cells")
    func emoji() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.write("👍🏽!", at: Position(column: 0, row: 0))
        #expect(buffer[0, 0].width == 2)
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer[2, 0].character == "!")
    }

    @Test("A wide character that does not fit the last column becomes a space")
    func wideAtEdge() {
        var buffer = ScreenBuffer(width: 3, height: 1)
        let written = buffer.write("a東京", at: Position(column: 0, row: 0), ellipsis: false)
        #expect(buffer.text(row: 0) == "a東")
        #expect(written == 3)
        var edge = ScreenBuffer(width: 3, height: 1)
        edge.write("ab東", at: Position(column: 0, row: 0), ellipsis: false)
        #expect(edge.text(row: 0) == "ab ")
        #expect(!edge[2, 0].isContinuation && edge[2, 0].width == 1)
    }

    @Test("Text that does not fit ends with an ellipsis, measured by width")
    func ellipsis() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.write("東京東京東京", at: Position(column: 0, row: 0), maxWidth: 5)
        #expect(buffer.text(row: 0) == "東京…     ")
        var latin = ScreenBuffer(width: 10, height: 1)
        latin.write("São Paulo office", at: Position(column: 0, row: 0), maxWidth: 6)
        #expect(latin.text(row: 0) == "São P…    ")
    }

    @Test("Overwriting half of a wide character blanks the other half")
    func overwriteHalf() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.write("東京", at: Position(column: 0, row: 0))
        buffer.write("x", at: Position(column: 1, row: 0))
        #expect(buffer.text(row: 0) == " x京")
        buffer.write("y", at: Position(column: 2, row: 0))
        #expect(buffer.text(row: 0) == " xy ")
        #expect(buffer.cells.allSatisfy { !$0.isContinuation })
    }

    @Test("Writing outside the buffer does nothing")
    func outside() {
        var buffer = ScreenBuffer(width: 3, height: 2)
        #expect(buffer.write("abc", at: Position(column: 5, row: 0)) == 0)
        #expect(buffer.write("abc", at: Position(column: 0, row: 2)) == 0)
        #expect(buffer.write("abc", at: Position(column: 0, row: -1)) == 0)
        #expect(buffer.lines == ["   ", "   "])
    }

    @Test("Styles stay on the cells they were written with")
    func styles() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.write(Line([Span("ok", style: .foreground(.green)), Span(" no", style: CellStyle.plain.bolded)]),
                     at: Position(column: 0, row: 0))
        #expect(buffer[0, 0].style.foreground == .green)
        #expect(buffer[2, 0].style.bold)
        buffer.restyle(Rect(x: 0, y: 0, width: 6, height: 1)) { $0.reverse = true }
        #expect(buffer.cells.allSatisfy { $0.style.reverse })
        #expect(buffer[0, 0].style.foreground == .green)
    }
}
