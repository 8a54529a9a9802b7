/// How many edits apart two words are, for "did you mean" on input that failed to resolve: the
/// one distance behind the file format's suggestions and the region catalogue's.
///
/// Levenshtein distance with an adjacent transposition counted as one edit ("centarl" is one
/// edit from "central"), over Unicode scalars, so compare text folded the same way on both sides.
/// Bounded so hostile input cannot make it slow: only a distance up to `limit` is computed
/// (words whose lengths differ by more are skipped without work, and a row past the limit stops
/// it), and a word longer than `maximumLength` scalars is never compared.
enum EditDistance {
    /// Longer words get no suggestion: no known name is near that long, and comparing one would
    /// cost time for nothing.
    static let maximumLength = 64

    /// The distance between `a` and `b` when it is at most `limit`, else nil.
    static func within(_ limit: Int, _ a: some StringProtocol, _ b: some StringProtocol) -> Int? {
        guard limit >= 0, isShortEnough(a), isShortEnough(b) else { return nil }
        let scalarsA = Array(a.unicodeScalars), scalarsB = Array(b.unicodeScalars)
        guard abs(scalarsA.count - scalarsB.count) <= limit else { return nil }
        let distance = bounded(scalarsA, scalarsB, limit: limit)
        return distance <= limit ? distance : nil
    }

    /// Whether `text` has at most `maximumLength` scalars, found without reading past them.
    static func isShortEnough(_ text: some StringProtocol) -> Bool {
        text.utf8.count <= maximumLength
            || text.unicodeScalars.dropFirst(maximumLength).isEmpty
    }

    /// The distance, or some value above `limit` as soon as every path is past it.
    private static func bounded(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return rowMinimum }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
