/// An aspect's members for one offering, grouped by data category and then by slot (where they
/// are, and whether that is confirmed), stored flat: walking the groups of a category reads
/// three arrays and copies nothing, which matters because every claim walks them.
struct MemberGroups: Sendable {
    /// Per category: each group's slot, in ascending order.
    private let slotsByCategory: [[Int]]
    /// Per category: each group's members as a range of `members`.
    private let rangesByCategory: [[Range<Int>]]
    /// Every group's members, in ascending map order within a group.
    let members: [Int]

    /// Flattens groups built as `slot -> members` per category.
    init(_ buckets: [[Int: [Int]]]) {
        var slotsByCategory: [[Int]] = []
        var rangesByCategory: [[Range<Int>]] = []
        var members: [Int] = []
        for bucket in buckets {
            let slots = bucket.keys.sorted()
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(slots.count)
            for slot in slots {
                let start = members.count
                members += bucket[slot] ?? []
                ranges.append(start..<members.count)
            }
            slotsByCategory.append(slots)
            rangesByCategory.append(ranges)
        }
        self.slotsByCategory = slotsByCategory
        self.rangesByCategory = rangesByCategory
        self.members = members
    }

    var categoryCount: Int { slotsByCategory.count }

    /// The groups of one category: (slot, range of `members`) pairs.
    func groups(category: Int) -> (slots: [Int], ranges: [Range<Int>]) {
        guard category >= 0, category < slotsByCategory.count else { return ([], []) }
        return (slotsByCategory[category], rangesByCategory[category])
    }
}
