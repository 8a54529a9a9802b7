/// Which items a list shows, in order: a contiguous range (no search, or a severity slice of a
/// sorted list) or the items a search picked. A range costs nothing to build, so a list that is
/// not searched draws in the same time however long it is.
struct ShownIndexes: Sendable, Hashable {
    private enum Storage: Sendable, Hashable {
        case range(Range<Int>)
        case picked([Int])
    }

    private let storage: Storage

    /// Every item in `range`, in order.
    init(_ range: Range<Int>) {
        storage = .range(range)
    }

    /// The given item indexes, in the order given.
    init(picked: [Int]) {
        storage = .picked(picked)
    }

    /// The items of `range` for which `isIncluded` holds; when `query` is empty nothing is
    /// filtered and nothing is visited.
    static func matching(_ range: Range<Int>, query: String, isIncluded: (Int) -> Bool) -> ShownIndexes {
        guard !query.split(whereSeparator: \.isWhitespace).isEmpty else { return ShownIndexes(range) }
        return ShownIndexes(picked: range.filter(isIncluded))
    }

    var count: Int {
        switch storage {
        case .range(let range): return range.count
        case .picked(let indexes): return indexes.count
        }
    }

    var isEmpty: Bool { count == 0 }

    /// The item shown on `row` (0-based), or nil past the end.
    subscript(row: Int) -> Int? {
        guard row >= 0, row < count else { return nil }
        switch storage {
        case .range(let range): return range.lowerBound + row
        case .picked(let indexes): return indexes[row]
        }
    }

    /// The row that shows `item`, if it is shown.
    func row(of item: Int) -> Int? {
        switch storage {
        case .range(let range): return range.contains(item) ? item - range.lowerBound : nil
        case .picked(let indexes): return indexes.firstIndex(of: item)
        }
    }
}
