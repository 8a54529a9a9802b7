import ResidencyTUI
import Testing

@Suite("List and table widgets")
struct ListViewTests {
    @Test("A list asks only for the rows it shows, however long it is")
    func costFollowsVisibleRows() {
        var asked: [Int] = []
        var buffer = ScreenBuffer(width: 30, height: 6)
        let state = ListState(selection: 500_000, offset: 499_998)
        ListView(count: 1_000_000, state: state) { index in
            asked.append(index)
            return Line("row \(index)")
        }.render(into: &buffer, area: buffer.area)
        #expect(asked.count == 6)
        #expect(asked == Array(499_998...500_003))
        #expect(buffer.text(row: 2).hasPrefix("› row 500000"))
    }

    @Test("The selected row is marked with › and the highlight, and arrows show hidden rows")
    func selectionAndArrows() {
        var buffer = ScreenBuffer(width: 12, height: 3)
        ListView(count: 10, state: ListState(selection: 4, offset: 3)) { Line("item \($0)") }
            .render(into: &buffer, area: buffer.area)
        #expect(buffer.lines == ["  item 3   ▲", "› item 4    ", "  item 5   ▼"])
        #expect(buffer[2, 1].style.reverse)
        #expect(!buffer[2, 0].style.reverse)
    }

    @Test("An empty list says so")
    func empty() {
        var buffer = ScreenBuffer(width: 20, height: 2)
        ListView(count: 0, state: ListState(), emptyText: "No systems") { _ in Line() }
            .render(into: &buffer, area: buffer.area)
        #expect(buffer.text(row: 0) == "  No systems        ")
    }

    @Test("Table columns are sized and cut by display width")
    func tableColumns() {
        let columns = [
            TableColumn("Name", width: .content(min: 4, max: 12)),
            TableColumn("Where", width: .fill(1)),
            TableColumn("N", width: .fixed(3), alignment: .right),
        ]
        let rows: [[Line]] = [["東京 replica", "aws:ap-northeast-1", "1"], ["Zürich db", "aws:eu-central-2", "22"]]
        var buffer = ScreenBuffer(width: 40, height: 3)
        TableView(columns: columns, count: rows.count, state: ListState()) { rows[$0] }
            .render(into: &buffer, area: buffer.area)
        #expect(buffer.lines == [
            "  Name          Where                  N",
            "› 東京 replica  aws:ap-northeast-1     1",
            "  Zürich db     aws:eu-central-2      22",
        ])
    }

    @Test("Content columns give way first when the table is too narrow")
    func narrowTable() {
        let columns = [TableColumn("A", width: .content(min: 3, max: 20)), TableColumn("B", width: .fixed(5))]
        let widths = TableView.columnWidths(columns, available: 12, spacing: 2, sample: [["a long cell value", "x"]])
        #expect(widths == [5, 5])
    }
}
