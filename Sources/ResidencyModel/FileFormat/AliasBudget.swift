import Yams

/// YAML aliases repeat a node without repeating its text, so a small file can stand for an
/// enormous tree ("a billion laughs"): the loader would walk every repetition. Before decoding,
/// the tree is counted as the decoder would walk it, stopping at a budget proportional to the
/// file's own size, so any file is read in time proportional to its length.
enum AliasBudget {
    /// How many values a file may expand to: generous for hand-written anchors, far below a blow-up.
    static func limit(forLines lines: Int) -> Int { max(200_000, lines * 20) }

    /// Where the expansion passed the budget, or nil when it stays within it.
    static func overflow(_ root: Node, limit: Int) -> SourcePosition? {
        var remaining = limit
        var stack: [Node] = [root]
        while let node = stack.popLast() {
            remaining -= 1
            if remaining < 0 { return node.mark.map(SourcePosition.init) }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    stack.append(key)
                    stack.append(value)
                }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence)
            case .scalar, .alias:
                break
            }
        }
        return nil
    }
}
