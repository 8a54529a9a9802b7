import Foundation

/// Fast matching for lists of thousands of rows: each row's fields are folded once (case and
/// accents dropped, as `ListState.matches` ignores them) into bytes, and a query word is found by
/// a plain byte search, so narrowing 10,000 rows takes about a millisecond.
public struct SearchText: Sendable, Hashable {
    /// The folded fields of one row, separated by a byte no typed word contains.
    public let bytes: [UInt8]

    public init(_ fields: [String]) {
        var bytes: [UInt8] = []
        for field in fields where !field.isEmpty {
            if !bytes.isEmpty { bytes.append(SearchText.separator) }
            bytes.append(contentsOf: SearchText.fold(field).utf8)
        }
        self.bytes = bytes
    }

    /// Whether every word appears in the row (in any field).
    public func matches(_ query: SearchQuery) -> Bool {
        query.words.allSatisfy { SearchText.contains(bytes, $0) }
    }

    static let separator: UInt8 = 0x1F

    /// The form both sides are compared in: "Zürich" and "zurich" fold alike.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        let first = needle[0]
        let last = haystack.count - needle.count
        var start = 0
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}

/// A typed search split into folded words, ready to match many rows.
public struct SearchQuery: Sendable, Hashable {
    public let words: [[UInt8]]

    public init(_ text: String) {
        words = text.split(whereSeparator: \.isWhitespace).map { Array(SearchText.fold(String($0)).utf8) }
    }

    public var isEmpty: Bool { words.isEmpty }
}
