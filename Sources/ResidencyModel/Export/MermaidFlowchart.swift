/// A Mermaid flowchart for one request path, with one subgraph per jurisdiction, so GitHub and
/// GitLab draw the picture. A path of more than `leftToRightHops` hops is drawn top-down
/// (`flowchart TD`) so it stays readable on a page; a system in several jurisdictions (a global
/// CDN) is one node outside every subgraph, its places in its label, rather than a box that
/// overlaps the others. Node and subgraph ids are generated (`n1`, `j1`), never taken from the
/// map, and every label goes through `MarkdownEscaping.mermaidLabel`, so no name can end a label,
/// a statement or the code fence.
struct MermaidFlowchart {
    /// One hop: the node's key (a system id), its label, the jurisdiction group it sits in (both
    /// already escaped with `MarkdownEscaping.mermaidLabel`, once per system rather than per hop;
    /// nil for a system in several jurisdictions, drawn outside the groups), and how the data
    /// arrives (drawn dashed unless synchronous).
    struct Hop {
        var key: String
        var label: String
        var group: String?
        var timing: StepTiming
        /// The key of the node its data comes from (`Flow.edges()`); nil for the start.
        var from: String? = nil
    }

    /// One arrow between node keys; `from` nil for the start node.
    struct Edge: Equatable {
        var from: String?
        var to: String
        var label: String
        var dashed: Bool
    }

    /// Paths with more hops than this are drawn top-down.
    static let leftToRightHops = 5

    var start: String
    var hops: [Hop]
    /// Systems outside the path that steps take data from (a backup reading a database the flow
    /// never calls): drawn as nodes, never as steps.
    var sources: [Hop] = []

    /// The arrows, in drawing order. The one place that decides which edges are drawn: each hop
    /// is reached from where its data comes from (`Hop.from`, from `Flow.edges()`; the start when
    /// none), numbered by step.
    static func edges(_ hops: [Hop]) -> [Edge] {
        hops.enumerated().map { step, hop in
            let label = hop.timing == .sync ? "\(step + 1)" : "\(step + 1) \(hop.timing.rawValue)"
            return Edge(from: hop.from, to: hop.key, label: label, dashed: hop.timing != .sync)
        }
    }

    /// The diagram's lines, without the code fence.
    func lines() -> [String] {
        var lines = [hops.count > Self.leftToRightHops ? "flowchart TD" : "flowchart LR"]
        lines.append("  n0([\"\(MarkdownEscaping.mermaidLabel(start))\"])")

        var nodeIDs: [String: String] = [:]
        var groupOrder: [String] = []
        var groupMembers: [String: [String]] = [:]
        var outside: [String] = []
        for hop in hops + sources where nodeIDs[hop.key] == nil {
            let id = "n\(nodeIDs.count + 1)"
            nodeIDs[hop.key] = id
            guard let group = hop.group else {
                outside.append("  \(id)[\"\(hop.label)\"]")
                continue
            }
            if groupMembers[group] == nil { groupOrder.append(group) }
            groupMembers[group, default: []].append("    \(id)[\"\(hop.label)\"]")
        }
        lines.append(contentsOf: outside)
        for (g, group) in groupOrder.enumerated() {
            lines.append("  subgraph j\(g + 1)[\"\(group)\"]")
            lines.append(contentsOf: groupMembers[group] ?? [])
            lines.append("  end")
        }

        for edge in Self.edges(hops) {
            let from = edge.from.flatMap { nodeIDs[$0] } ?? "n0"
            let to = nodeIDs[edge.to] ?? "n0"
            lines.append("  \(from) \(edge.dashed ? "-.->" : "-->")|\"\(MarkdownEscaping.mermaidLabel(edge.label))\"| \(to)")
        }
        return lines
    }
}
