/// A Mermaid `flowchart LR` for one request path, with one subgraph per jurisdiction, so GitHub
/// and GitLab draw the picture. Node and subgraph ids are generated (`n1`, `j1`), never taken
/// from the map, and every label goes through `MarkdownEscaping.mermaidLabel`, so no name can
/// end a label, a statement or the code fence.
struct MermaidFlowchart {
    /// One hop: the node's key (a system id), its label, the jurisdiction group it sits in (both
    /// already escaped with `MarkdownEscaping.mermaidLabel`, once per system rather than per hop),
    /// and how the data arrives (drawn dashed unless synchronous).
    struct Hop {
        var key: String
        var label: String
        var group: String
        var timing: StepTiming
        /// The key of the node its data comes from (`Flow.edges()`); nil for the start.
        var from: String? = nil
    }

    var start: String
    var hops: [Hop]
    /// Systems outside the path that steps take data from (a backup reading a database the flow
    /// never calls): drawn as nodes, never as steps.
    var sources: [Hop] = []

    /// The diagram's lines, without the code fence.
    func lines() -> [String] {
        var lines = ["flowchart LR"]
        lines.append("  n0([\"\(MarkdownEscaping.mermaidLabel(start))\"])")

        var nodeIDs: [String: String] = [:]
        var groupOrder: [String] = []
        var groupMembers: [String: [String]] = [:]
        for hop in hops + sources where nodeIDs[hop.key] == nil {
            let id = "n\(nodeIDs.count + 1)"
            nodeIDs[hop.key] = id
            if groupMembers[hop.group] == nil { groupOrder.append(hop.group) }
            groupMembers[hop.group, default: []].append("    \(id)[\"\(hop.label)\"]")
        }
        for (g, group) in groupOrder.enumerated() {
            lines.append("  subgraph j\(g + 1)[\"\(group)\"]")
            lines.append(contentsOf: groupMembers[group] ?? [])
            lines.append("  end")
        }

        for (step, hop) in hops.enumerated() {
            let id = nodeIDs[hop.key] ?? "n0"
            let origin = hop.from.flatMap { nodeIDs[$0] } ?? "n0"
            let arrow = hop.timing == .sync ? "-->" : "-.->"
            let label = hop.timing == .sync ? "\(step + 1)" : "\(step + 1) \(hop.timing.rawValue)"
            lines.append("  \(origin) \(arrow)|\"\(MarkdownEscaping.mermaidLabel(label))\"| \(id)")
        }
        return lines
    }
}
