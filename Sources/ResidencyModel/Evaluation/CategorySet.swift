/// A set of data categories by their position in the map's category list. A bit set, because
/// the evaluator unions and intersects these for every system and copy. Up to 64 categories (every
/// real map) fit in one word with nothing to reference-count, so copying a set is free; larger
/// maps spill into an array.
struct CategorySet: Sendable, Hashable {
    private enum Words: Sendable, Hashable {
        /// Positions 0 to 63.
        case one(UInt64)
        /// Word `i` holds positions `64 * i` to `64 * i + 63`; never stored with trailing zero
        /// words beyond the first, so equal sets have equal words.
        case many([UInt64])
    }

    private var words: Words = .one(0)

    init() {}

    init<S: Sequence>(_ positions: S) where S.Element == Int {
        for position in positions { insert(position) }
    }

    /// The set of positions 0 to 63 whose bits are set in `word`.
    init(word: UInt64) {
        words = .one(word)
    }

    /// The set as one word, when every member is below 64 (always so on a map of up to 64 categories).
    var word: UInt64? {
        if case .one(let word) = words { return word }
        return nil
    }

    var isEmpty: Bool {
        switch words {
        case .one(let word): return word == 0
        case .many(let all): return all.allSatisfy { $0 == 0 }
        }
    }

    func contains(_ position: Int) -> Bool {
        guard position >= 0 else { return false }
        switch words {
        case .one(let word):
            return position < 64 && word & (1 << UInt64(position)) != 0
        case .many(let all):
            let index = position / 64
            return index < all.count && all[index] & (1 << UInt64(position % 64)) != 0
        }
    }

    mutating func insert(_ position: Int) {
        guard position >= 0 else { return }
        if position < 64, case .one(let word) = words {
            words = .one(word | 1 << UInt64(position))
            return
        }
        var all = wordArray
        let index = position / 64
        if index >= all.count { all.append(contentsOf: repeatElement(0, count: index - all.count + 1)) }
        all[index] |= 1 << UInt64(position % 64)
        words = Self.normalized(all)
    }

    /// Adds `other`'s members; returns whether anything was new.
    @discardableResult
    mutating func formUnion(_ other: CategorySet) -> Bool {
        if case .one(let mine) = words, case .one(let theirs) = other.words {
            words = .one(mine | theirs)
            return mine | theirs != mine
        }
        var all = wordArray
        let others = other.wordArray
        if others.count > all.count { all.append(contentsOf: repeatElement(0, count: others.count - all.count)) }
        var changed = false
        for (i, word) in others.enumerated() where all[i] | word != all[i] {
            all[i] |= word
            changed = true
        }
        words = Self.normalized(all)
        return changed
    }

    func intersection(_ other: CategorySet) -> CategorySet {
        var result = CategorySet()
        if case .one(let mine) = words, case .one(let theirs) = other.words {
            result.words = .one(mine & theirs)
            return result
        }
        let mine = wordArray
        let theirs = other.wordArray
        result.words = Self.normalized((0..<min(mine.count, theirs.count)).map { mine[$0] & theirs[$0] })
        return result
    }

    /// Whether every member of this set is in `other`.
    func isSubset(of other: CategorySet) -> Bool {
        if case .one(let mine) = words, case .one(let theirs) = other.words { return mine & ~theirs == 0 }
        let theirs = other.wordArray
        for (i, word) in wordArray.enumerated() where word & ~(i < theirs.count ? theirs[i] : 0) != 0 { return false }
        return true
    }

    func intersects(_ other: CategorySet) -> Bool {
        if case .one(let mine) = words, case .one(let theirs) = other.words { return mine & theirs != 0 }
        let mine = wordArray
        let theirs = other.wordArray
        for i in 0..<min(mine.count, theirs.count) where mine[i] & theirs[i] != 0 { return true }
        return false
    }

    /// Members in ascending order (the map's category order).
    var positions: [Int] {
        var result: [Int] = []
        if case .one(var word) = words {
            result.reserveCapacity(word.nonzeroBitCount)
            while word != 0 {
                result.append(word.trailingZeroBitCount)
                word &= word - 1
            }
            return result
        }
        for (i, bits) in wordArray.enumerated() {
            var word = bits
            while word != 0 {
                result.append(i * 64 + word.trailingZeroBitCount)
                word &= word - 1
            }
        }
        return result
    }

    private var wordArray: [UInt64] {
        switch words {
        case .one(let word): return [word]
        case .many(let all): return all
        }
    }

    /// One word when the rest are zero, so a set has one representation.
    private static func normalized(_ all: [UInt64]) -> Words {
        var all = all
        while all.count > 1, all.last == 0 { all.removeLast() }
        return all.count <= 1 ? .one(all.first ?? 0) : .many(all)
    }
}
