import Foundation

/// The one way typed text is matched against names, by the catalogue's `search` and suggestions
/// and by the TUI's lists alike: both sides are folded (case, accents and full/half width
/// dropped, so "zurich" finds "Zürich", "sao paulo" finds "São Paulo" and "ZURICH" finds it too;
/// scripts without case, "東京", are unchanged) and a word is found by a plain byte search.
///
/// For lists of thousands of rows each row's fields are folded once, into bytes, so narrowing
/// 10,000 rows takes about a millisecond.
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
        query.words.allSatisfy { word in
            bytes.withUnsafeBufferPointer { row in word.withUnsafeBufferPointer { SearchText.contains(row, $0) } }
        }
    }

    /// Whether a word already folded (by `fold`) appears in one of the fields.
    public func contains(folded word: String) -> Bool {
        var word = word
        return bytes.withUnsafeBufferPointer { row in word.withUTF8 { SearchText.contains(row, $0) } }
    }

    /// Whether every word of `query` appears in one of `fields`: for a one-off match, where
    /// nothing is worth keeping folded.
    public static func matches(_ query: String, in fields: [String]) -> Bool {
        let query = SearchQuery(query)
        return query.isEmpty || SearchText(fields).matches(query)
    }

    /// Whether a word already folded (by `fold`) appears in one of `fields`, folded here.
    public static func matches(folded word: String, in fields: [String]) -> Bool {
        fields.contains { contains(fold($0), folded: word) }
    }

    /// Whether folded `text` contains the folded `word` (both as `fold` makes them).
    public static func contains(_ text: String, folded word: String) -> Bool {
        var text = text, word = word
        return text.withUTF8 { haystack in word.withUTF8 { contains(haystack, $0) } }
    }

    static let separator: UInt8 = 0x1F

    /// The form both sides are compared in: "Zürich", "ZURICH" and "zurich" fold alike.
    public static func fold(_ text: String) -> String {
        // ASCII text folds to its lower case (checked for every ASCII character), at a few
        // nanoseconds a byte instead of Foundation's microseconds a string: pickers and lists
        // fold thousands of ids and names.
        var allASCII = true
        var hasUpper = false
        for byte in text.utf8 {
            if byte >= 0x80 { allASCII = false; break }
            if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
        }
        if allASCII {
            guard hasUpper else { return text }
            return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
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
