import Foundation
import ResidencyModel

/// Which findings a search lets through, remembered for the last few searches, so a findings
/// list narrowed by a search is filtered once per change of the search, not once per frame.
///
/// Entries are found by comparing the findings arrays with `==`, which is immediate for the
/// array the state holds (copies of it share storage); another evaluation is another array, so
/// an entry is never used for findings it was not built from.
///
/// `@unchecked Sendable`: its one mutable field is only read and written under `lock`.
final class FindingsSearch: @unchecked Sendable {
    static let shared = FindingsSearch()

    private struct Entry {
        let query: String
        let range: Range<Int>
        let findings: [Finding]
        let rows: [Int]
    }

    private let capacity = 8
    private let lock = NSLock()
    private var entries: [Entry] = []

    /// The indexes in `range` of the findings that match every word of `query`, in order.
    func rows(of findings: [Finding], in range: Range<Int>, matching query: String) -> [Int] {
        let found = lock.withLock {
            entries.first { $0.query == query && $0.range == range && $0.findings == findings }?.rows
        }
        if let found { return found }
        let rows = range.filter { Self.matches(findings[$0], query: query) }
        lock.withLock {
            entries.insert(Entry(query: query, range: range, findings: findings, rows: rows), at: 0)
            if entries.count > capacity { entries.removeLast() }
        }
        return rows
    }

    /// A search finds a finding by its words, its title, its id, its severity or where it points.
    static func matches(_ finding: Finding, query: String) -> Bool {
        ListState.matches(query: query, in: [
            finding.message, finding.kind.title, finding.kind.rawValue, finding.severity.rawValue,
            finding.subject.reference,
        ])
    }
}
