import ResidencyModel
import ResidencyTUI
import Testing

@Suite("Frame diff")
struct FrameDiffTests {
    /// A 20 x 4 frame with text on every row.
    static func frame() -> ScreenBuffer {
        var buffer = ScreenBuffer(width: 20, height: 4)
        for row in 0..<4 { buffer.write("row \(row) of the frame", at: Position(column: 0, row: row)) }
        return buffer
    }

    @Test("The first frame, or one of another size, is drawn whole")
    func whole() {
        let frame = Self.frame()
        let first = FrameDiff(from: nil, to: frame)
        #expect(first.isWhole)
        #expect(first.runs == (0..<4).map { FrameDiff.Run(row: $0, column: 0, count: 20) })
        let resized = FrameDiff(from: ScreenBuffer(width: 10, height: 4), to: frame)
        #expect(resized.isWhole)
        #expect(resized.cellCount == 80)
    }

    @Test("The same frame again draws nothing")
    func unchanged() {
        let diff = FrameDiff(from: Self.frame(), to: Self.frame())
        #expect(diff.isEmpty)
        #expect(!diff.isWhole)
    }

    @Test("One changed line writes only that line's changed cells")
    func oneLine() {
        let before = Self.frame()
        var after = before
        after.write("ROW", at: Position(column: 0, row: 2))
        after.write("X", at: Position(column: 10, row: 2))
        let diff = FrameDiff(from: before, to: after)
        // "row" → "ROW" (three cells) and "t" → "X" at column 10; nothing on other rows.
        #expect(diff.runs == [FrameDiff.Run(row: 2, column: 0, count: 3), FrameDiff.Run(row: 2, column: 10, count: 1)])
    }

    @Test("A change of style alone is a change")
    func style() {
        let before = Self.frame()
        var after = before
        after.restyle(Rect(x: 4, y: 1, width: 5, height: 1)) { $0.reverse = true }
        let diff = FrameDiff(from: before, to: after)
        #expect(diff.runs == [FrameDiff.Run(row: 1, column: 4, count: 5)])
    }

    @Test("A wide character is redrawn whole, whichever half changed")
    func wide() {
        var before = ScreenBuffer(width: 10, height: 1)
        before.write("ab東京cd", at: Position(column: 0, row: 0))
        // Only the second half's style changes: the run starts at its first half.
        var restyled = before
        restyled.restyle(Rect(x: 3, y: 0, width: 1, height: 1)) { $0.bold = true }
        #expect(FrameDiff(from: before, to: restyled).runs == [FrameDiff.Run(row: 0, column: 2, count: 2)])
        // A narrow character becomes a wide one: the run covers both of its cells.
        var narrow = ScreenBuffer(width: 10, height: 1)
        narrow.write("ab京cd", at: Position(column: 0, row: 0))
        var shifted = ScreenBuffer(width: 10, height: 1)
        shifted.write("abc京d", at: Position(column: 0, row: 0))
        // "京" moves one column right: the run covers "c" and both of its halves; "d" stays put.
        #expect(FrameDiff(from: narrow, to: shifted).runs == [FrameDiff.Run(row: 0, column: 2, count: 3)])
    }

    @Test("Drawing the runs over the old frame gives the new one")
    func applying() {
        let map = MapGenerator(seed: 1).map(systems: 40)
        var state = AppState(map: map, fileName: "generated.yaml", today: TestMaps.today, size: Size(width: 120, height: 40))
        state.handle(.character("2"))
        var terminal = AppView.render(state)
        for _ in 0..<3 {
            state.handle(.character("j"))
            let frame = AppView.render(state)
            let diff = FrameDiff(from: terminal, to: frame)
            #expect(!diff.isEmpty)
            #expect(diff.cellCount < frame.cells.count / 2)
            terminal.apply(diff, from: frame)
            #expect(terminal.cells == frame.cells)
        }
    }
}
