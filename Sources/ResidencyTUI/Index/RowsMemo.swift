import Foundation
import ResidencyModel

/// The rows a narrowed list shows, remembered per search and filters, so a list of 10,000 is
/// filtered once per change of its query, not once per frame. A longer query narrows the rows of
/// the shorter one it extends (typing "fra" after "fr" looks only at the "fr" rows).
///
/// `@unchecked Sendable`: its mutable fields are only read and written under `lock`.
final class RowsMemo: @unchecked Sendable {
    struct Key: Hashable {
        var list: String
        var query: String
        var filters: [String: String]
    }

    private let capacity = 24
    private let lock = NSLock()
    private var entries: [(key: Key, rows: [Int])] = []
    private var searchTexts: [String: [SearchText]] = [:]

    /// The rows for `key`: remembered, or computed by `filter` from `candidates` (the rows of a
    /// shorter query this one extends, or nil for every row).
    func rows(for key: Key, filter: (_ candidates: [Int]?) -> [Int]) -> [Int] {
        let (hit, narrowing): ([Int]?, [Int]?) = lock.withLock {
            if let entry = entries.first(where: { $0.key == key }) { return (entry.rows, nil) }
            let base = entries
                .filter { $0.key.list == key.list && $0.key.filters == key.filters && key.query.hasPrefix($0.key.query) }
                .max { $0.key.query.count < $1.key.query.count }
            return (nil, base?.rows)
        }
        if let hit { return hit }
        let rows = filter(narrowing)
        lock.withLock {
            entries.insert((key, rows), at: 0)
            if entries.count > capacity { entries.removeLast() }
        }
        return rows
    }

    /// A list's folded search texts, built on the first search of that list.
    func searchTexts(for list: String, build: () -> [SearchText]) -> [SearchText] {
        if let texts = lock.withLock({ searchTexts[list] }) { return texts }
        let texts = build()
        lock.withLock { searchTexts[list] = texts }
        return texts
    }
}
