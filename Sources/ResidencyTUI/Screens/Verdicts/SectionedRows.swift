/// A list in sections, each under a heading row that cannot be selected:
///
///     Breaches (2)
///     › ✗ storage     Legacy snapshot archive keeps …
///       ✗ copies      Backup of Primary database …
///     Not confirmed (1)
///       ? storage     Disaster recovery standby …
///
/// Rows count as drawn, headings included, so a `ListState` keeps its usual meaning (selection
/// and offset are rows on screen). Empty sections are left out, heading and all. Finding a row's
/// entry costs one step per section, never a walk over the items.
struct SectionedRows: Sendable, Hashable {
    enum Entry: Sendable, Hashable {
        case heading(section: Int)
        case item(section: Int, index: Int)
    }

    /// How many items each section holds.
    let counts: [Int]

    init(_ counts: [Int]) {
        self.counts = counts.map { max(0, $0) }
    }

    /// Rows drawn: each non-empty section's heading and items.
    var rowCount: Int { counts.reduce(0) { $0 + ($1 > 0 ? $1 + 1 : 0) } }

    var isEmpty: Bool { rowCount == 0 }

    /// What row `row` shows.
    func entry(at row: Int) -> Entry? {
        guard row >= 0 else { return nil }
        var start = 0
        for (section, count) in counts.enumerated() where count > 0 {
            if row == start { return .heading(section: section) }
            if row <= start + count { return .item(section: section, index: row - start - 1) }
            start += count + 1
        }
        return nil
    }

    /// The row of item `index` of `section`.
    func row(section: Int, index: Int) -> Int? {
        guard counts.indices.contains(section), index >= 0, index < counts[section] else { return nil }
        var start = 0
        for earlier in 0..<section where counts[earlier] > 0 { start += counts[earlier] + 1 }
        return start + 1 + index
    }

    /// The item row nearest `row`: `row` itself when it shows an item; from a heading, the item
    /// after it (or, going up, the item before it when there is one). Nil when there are no items.
    func itemRow(near row: Int, goingUp: Bool = false) -> Int? {
        guard rowCount > 0 else { return nil }
        let clamped = min(max(0, row), rowCount - 1)
        guard case .heading = entry(at: clamped) else { return clamped }
        if goingUp, clamped > 0 { return clamped - 1 }
        return clamped + 1
    }

    /// The item row `step` rows from `row` (headings skipped), stopping at either end.
    func itemRow(from row: Int, by step: Int) -> Int? {
        guard let start = itemRow(near: row) else { return nil }
        guard step != 0 else { return start }
        var target = start + step
        if case .heading = entry(at: min(max(0, target), rowCount - 1)) { target += step > 0 ? 1 : -1 }
        if target < 0 { return itemRow(near: 0) }
        return itemRow(near: target, goingUp: step < 0)
    }

    var firstItemRow: Int? { itemRow(near: 0) }
    var lastItemRow: Int? { rowCount > 0 ? rowCount - 1 : nil }

    /// The first row to draw so that `selection` shows in `visibleRows`, moving least from
    /// `offset`; the first item of a section brings its heading into view too.
    func offset(showing selection: Int, from offset: Int, visibleRows: Int) -> Int {
        var result = ListState.visibleOffset(selection: selection, offset: offset, count: rowCount, visibleRows: visibleRows)
        if visibleRows > 1, selection > 0, selection == result, case .heading = entry(at: selection - 1) {
            result = selection - 1
        }
        return result
    }
}
