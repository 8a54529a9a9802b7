/// A set of data categories by their position in the map's category list. A bit set, because
/// the evaluator unions and intersects these for every system and copy.
struct CategorySet: Sendable, Hashable {
    private var low: UInt64 = 0
    /// Positions 64 and up, for maps that declare many categories.
    private var high: [UInt64] = []

    init() {}

    init<S: Sequence>(_ positions: S) where S.Element == Int {
        for position in positions { insert(position) }
    }

    var isEmpty: Bool { low == 0 && high.allSatisfy { $0 == 0 } }

    func contains(_ position: Int) -> Bool {
        guard position >= 0 else { return false }
        if position < 64 { return low & (1 << UInt64(position)) != 0 }
        let word = position / 64 - 1
        guard word < high.count else { return false }
        return high[word] & (1 << UInt64(position % 64)) != 0
    }

    mutating func insert(_ position: Int) {
        guard position >= 0 else { return }
        if position < 64 {
            low |= 1 << UInt64(position)
            return
        }
        let word = position / 64 - 1
        if word >= high.count { high.append(contentsOf: repeatElement(0, count: word - high.count + 1)) }
        high[word] |= 1 << UInt64(position % 64)
    }

    /// Adds `other`'s members; returns whether anything was new.
    @discardableResult
    mutating func formUnion(_ other: CategorySet) -> Bool {
        var changed = (low | other.low) != low
        low |= other.low
        if other.high.count > high.count {
            high.append(contentsOf: repeatElement(0, count: other.high.count - high.count))
        }
        for (i, word) in other.high.enumerated() where (high[i] | word) != high[i] {
            high[i] |= word
            changed = true
        }
        return changed
    }

    func intersection(_ other: CategorySet) -> CategorySet {
        var result = CategorySet()
        result.low = low & other.low
        let count = min(high.count, other.high.count)
        if count > 0 { result.high = (0..<count).map { high[$0] & other.high[$0] } }
        return result
    }

    func intersects(_ other: CategorySet) -> Bool {
        if low & other.low != 0 { return true }
        for i in 0..<min(high.count, other.high.count) where high[i] & other.high[i] != 0 { return true }
        return false
    }

    /// Members in ascending order (the map's category order).
    var positions: [Int] {
        var result: [Int] = []
        var word = low
        while word != 0 {
            result.append(word.trailingZeroBitCount)
            word &= word - 1
        }
        for (i, bits) in high.enumerated() {
            var word = bits
            while word != 0 {
                result.append((i + 1) * 64 + word.trailingZeroBitCount)
                word &= word - 1
            }
        }
        return result
    }
}
