import ResidencyTUI
import Testing

@Suite("List selection and scrolling")
struct ListStateTests {
    @Test("Moving down past the view scrolls just enough to keep the selection visible")
    func scrollsWithSelection() {
        var list = ListState()
        for _ in 0..<7 { list.move(by: 1, count: 100, visibleRows: 5) }
        #expect(list.selection == 7)
        #expect(list.offset == 3)               // rows 3...7 visible, selection on the last
        list.move(by: -1, count: 100, visibleRows: 5)
        #expect(list.offset == 3)               // still visible: no scroll
        for _ in 0..<5 { list.move(by: -1, count: 100, visibleRows: 5) }
        #expect(list.selection == 1)
        #expect(list.offset == 1)
    }

    @Test("Moves stop at both ends")
    func clampsAtEnds() {
        var list = ListState()
        list.move(by: -3, count: 10, visibleRows: 4)
        #expect(list.selection == 0)
        list.moveToBottom(count: 10, visibleRows: 4)
        #expect(list.selection == 9)
        #expect(list.offset == 6)
        list.move(by: 5, count: 10, visibleRows: 4)
        #expect(list.selection == 9)
    }

    @Test("Paging moves a screenful and keeps the selection in view")
    func paging() {
        var list = ListState()
        list.pageDown(count: 100, visibleRows: 10)
        #expect(list.selection == 9)
        #expect(list.selection >= list.offset && list.selection < list.offset + 10)
        list.pageDown(count: 100, visibleRows: 10)
        #expect(list.selection == 18)
        #expect(list.selection >= list.offset && list.selection < list.offset + 10)
        list.pageUp(count: 100, visibleRows: 10)
        #expect(list.selection == 9)
        #expect(list.selection >= list.offset && list.selection < list.offset + 10)
    }

    @Test("A shrinking list or view brings the selection back in range")
    func clampAfterShrink() {
        var list = ListState(selection: 50, offset: 45)
        list.clamp(count: 20, visibleRows: 5)
        #expect(list.selection == 19)
        #expect(list.offset == 15)
        list.clamp(count: 0, visibleRows: 5)
        #expect(list.selection == 0 && list.offset == 0)
    }

    @Test("The offset never leaves empty rows under a list that could fill them")
    func noEmptyTail() {
        #expect(ListState.visibleOffset(selection: 9, offset: 8, count: 10, visibleRows: 5) == 5)
    }

    @Test("Search matches every word, ignoring case and accents")
    func matching() {
        #expect(ListState.matches(query: "zurich", in: ["Primary database (Zürich)"]))
        #expect(ListState.matches(query: "sao DB", in: ["Uploads São Paulo", "db-main"]))
        #expect(!ListState.matches(query: "tokyo", in: ["東京 replica"]))
        #expect(ListState.matches(query: "東京", in: ["東京 replica"]))
        #expect(ListState.matches(query: "  ", in: []))
    }
}
