import Foundation
import ResidencyModel

/// Names one list in the app (a screen may have several): the key of its `ListState`.
public struct ListID: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public var description: String { rawValue }
}

/// Selection, scrolling and narrowing of one list. Indexes count rows as shown (after the
/// query and filters are applied). Every move keeps the selection inside the visible rows, and
/// scrolls no more than it must.
public struct ListState: Sendable, Hashable {
    /// The selected row, from 0.
    public var selection: Int
    /// The first visible row.
    public var offset: Int
    /// Free text that narrows the list (typed after "/"); what it matches is the screen's choice.
    public var query: String
    /// Named filters a screen offers ("kind": "database"); empty means none.
    public var filters: [String: String]

    public init(selection: Int = 0, offset: Int = 0, query: String = "", filters: [String: String] = [:]) {
        self.selection = selection
        self.offset = offset
        self.query = query
        self.filters = filters
    }

    /// Whether a query or any filter narrows the list.
    public var isNarrowed: Bool { !query.isEmpty || filters.values.contains { !$0.isEmpty } }

    // MARK: Moving

    /// Moves the selection by `delta` rows, stopping at either end.
    public mutating func move(by delta: Int, count: Int, visibleRows: Int) {
        select(selection + delta, count: count, visibleRows: visibleRows)
    }

    /// Selects a row (clamped to the list) and scrolls just enough to show it.
    public mutating func select(_ index: Int, count: Int, visibleRows: Int) {
        selection = index
        clamp(count: count, visibleRows: visibleRows)
    }

    /// One screenful down: the selection and the view move together, as in a pager.
    public mutating func pageDown(count: Int, visibleRows: Int) {
        let page = max(1, visibleRows - 1)
        offset += page
        select(selection + page, count: count, visibleRows: visibleRows)
    }

    /// One screenful up.
    public mutating func pageUp(count: Int, visibleRows: Int) {
        let page = max(1, visibleRows - 1)
        offset -= page
        select(selection - page, count: count, visibleRows: visibleRows)
    }

    public mutating func moveToTop(count: Int, visibleRows: Int) {
        select(0, count: count, visibleRows: visibleRows)
    }

    public mutating func moveToBottom(count: Int, visibleRows: Int) {
        select(count - 1, count: count, visibleRows: visibleRows)
    }

    /// Brings selection and offset back in range after the list or the view changed size.
    public mutating func clamp(count: Int, visibleRows: Int) {
        guard count > 0 else {
            selection = 0
            offset = 0
            return
        }
        selection = min(max(0, selection), count - 1)
        offset = ListState.visibleOffset(selection: selection, offset: offset, count: count, visibleRows: visibleRows)
    }

    /// The first visible row that shows `selection` while moving least from `offset`, and never
    /// leaves empty rows at the bottom when the list could fill them.
    public static func visibleOffset(selection: Int, offset: Int, count: Int, visibleRows: Int) -> Int {
        guard visibleRows > 0, count > 0 else { return 0 }
        var result = offset
        if selection < result { result = selection }
        if selection >= result + visibleRows { result = selection - visibleRows + 1 }
        return min(max(0, result), max(0, count - visibleRows))
    }

    // MARK: Matching

    /// Whether every word of `query` appears in one of `fields`, ignoring case and accents, so
    /// "zurich" finds "Zürich" and "sao paulo db" finds a "São Paulo" database (`SearchText`).
    public static func matches(query: String, in fields: [String]) -> Bool {
        SearchText.matches(query, in: fields)
    }
}
