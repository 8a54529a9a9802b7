/// How much of a split one part takes, as in ratatui's constraints.
public enum LayoutConstraint: Sendable, Hashable {
    /// Exactly this many columns or rows (less when there is not enough room).
    case length(Int)
    /// This share of the whole, in percent.
    case percentage(Int)
    /// At least this many, and a share of what is left like `fill(1)`.
    case min(Int)
    /// A share of what is left after the fixed parts, by weight.
    case fill(Int)
}

/// The direction of a split: `vertical` stacks parts top to bottom, `horizontal` side by side.
public enum Axis: Sendable, Hashable {
    case horizontal
    case vertical
}

extension Rect {
    /// Splits the rectangle into parts along an axis. Fixed parts (`length`, `percentage`, the
    /// floor of `min`) are served first, in order, each cut to what remains; what is left then goes
    /// to `fill` and `min` parts by weight, the rounding remainder to the last of them.
    /// `spacing` columns or rows are left between neighbouring parts.
    public func split(_ axis: Axis, _ constraints: [LayoutConstraint], spacing: Int = 0) -> [Rect] {
        guard !constraints.isEmpty else { return [] }
        let total = axis == .vertical ? height : width
        let gaps = max(0, spacing) * (constraints.count - 1)
        var remaining = max(0, total - gaps)
        var sizes = Array(repeating: 0, count: constraints.count)
        var weights = Array(repeating: 0, count: constraints.count)
        let whole = remaining

        for (index, constraint) in constraints.enumerated() {
            let wanted: Int
            switch constraint {
            case .length(let length): wanted = max(0, length)
            case .percentage(let percent): wanted = whole * Swift.min(100, Swift.max(0, percent)) / 100
            case .min(let minimum): wanted = max(0, minimum); weights[index] = 1
            case .fill(let weight): wanted = 0; weights[index] = max(0, weight)
            }
            sizes[index] = Swift.min(wanted, remaining)
            remaining -= sizes[index]
        }

        let totalWeight = weights.reduce(0, +)
        if totalWeight > 0 && remaining > 0 {
            var handedOut = 0
            let lastWeighted = weights.lastIndex(where: { $0 > 0 }) ?? 0
            for index in weights.indices where weights[index] > 0 {
                let share = index == lastWeighted ? remaining - handedOut : remaining * weights[index] / totalWeight
                sizes[index] += share
                handedOut += share
            }
        }

        var parts: [Rect] = []
        var cursor = axis == .vertical ? y : x
        for size in sizes {
            switch axis {
            case .vertical: parts.append(Rect(x: x, y: cursor, width: width, height: size))
            case .horizontal: parts.append(Rect(x: cursor, y: y, width: size, height: height))
            }
            cursor += size + max(0, spacing)
        }
        return parts
    }
}
