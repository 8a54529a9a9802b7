import ResidencyTUI
import Testing

@Suite("Rect splitting")
struct LayoutTests {
    @Test("Fixed parts first, fill takes the rest")
    func lengthsAndFill() {
        let parts = Rect(x: 0, y: 0, width: 80, height: 24).split(.vertical, [.length(1), .fill(1), .length(1)])
        #expect(parts.map(\.height) == [1, 22, 1])
        #expect(parts.map(\.y) == [0, 1, 23])
    }

    @Test("Fill weights share the remainder, the last part taking rounding")
    func weights() {
        let parts = Rect(x: 0, y: 0, width: 100, height: 1).split(.horizontal, [.fill(1), .fill(2)], spacing: 1)
        #expect(parts.map(\.width) == [33, 66])
        #expect(parts[1].x == 34)
    }

    @Test("Parts never exceed the space, however much they ask")
    func overflow() {
        let parts = Rect(x: 0, y: 0, width: 10, height: 1).split(.horizontal, [.length(8), .length(8), .min(3)])
        #expect(parts.map(\.width) == [8, 2, 0])
        #expect(parts.map(\.width).reduce(0, +) <= 10)
    }

    @Test("Percentages and minimums")
    func percentage() {
        let parts = Rect(x: 0, y: 0, width: 80, height: 1).split(.horizontal, [.percentage(25), .min(10)])
        #expect(parts.map(\.width) == [20, 60])
    }
}
