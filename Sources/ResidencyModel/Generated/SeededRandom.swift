/// A small deterministic random source (SplitMix64). Its own arithmetic, not the standard
/// library's, so a seed gives the same values on every platform and Swift version.
public struct SeededRandom: Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound; 0 when bound is 0 or less.
    public mutating func below(_ bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    public mutating func number(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// True with the given chance, in percent.
    public mutating func percent(_ chance: Int) -> Bool {
        below(100) < chance
    }

    /// One element; the lists it is given are never empty.
    public mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// `count` distinct elements in their original order.
    public mutating func subset<Element>(_ elements: [Element], count: Int) -> [Element] {
        var indices = Array(elements.indices)
        let wanted = min(count, indices.count)
        for i in 0..<wanted {
            indices.swapAt(i, i + below(indices.count - i))
        }
        return indices.prefix(wanted).sorted().map { elements[$0] }
    }
}
