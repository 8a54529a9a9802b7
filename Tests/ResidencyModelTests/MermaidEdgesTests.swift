import Foundation
import Testing
@testable import ResidencyModel

/// The diagrams draw the request paths' real edges: each step's arrow starts where `Flow.edges()`
/// says its data comes from, on both samples.
@Suite("Export: Mermaid edges follow the flows")
struct MermaidEdgesTests {
    @Test("Every step's arrow in the appendix's diagrams starts at its edge's source", arguments: ["acme-saas.yaml", "northwind-multi-region.yaml"])
    func edgesMatchFlows(sample: String) throws {
        guard case .success(let map) = MapFile.read(path: FileFormatTestSupport.samples.appendingPathComponent(sample).path) else {
            throw TestFailure("the sample does not load")
        }
        let text = MarkdownExporter(today: EditingSupport.today).render(map, appendix: .inline)
        let blocks = text.components(separatedBy: "```mermaid\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        let flows = map.flows.filter { !$0.steps.isEmpty }
        #expect(blocks.count == flows.count)
        func name(_ id: String) -> String { MarkdownEscaping.mermaidLabel(map.systems.first { $0.id == id }?.name ?? id) }
        for (flow, block) in zip(flows, blocks) {
            var labels: [String: String] = [:]
            var arrows: [Int: (from: String, to: String)] = [:]
            for line in block.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                if let quote = line.firstIndex(of: "\""), line.hasPrefix("n"), !line.contains("|") {
                    guard let open = line.firstIndex(where: { $0 == "[" || $0 == "(" }) else { continue }
                    let id = String(line[..<open])
                    labels[id] = String(line[line.index(after: quote)...].prefix { $0 != "\"" })
                } else if line.contains("|\"") {
                    let parts = line.split(separator: " ")
                    let number = line.split(separator: "\"")[1].split(separator: " ")[0]
                    if let step = Int(number), let from = parts.first, let to = parts.last { arrows[step] = (String(from), String(to)) }
                }
            }
            #expect(arrows.count == flow.steps.count, "\(flow.id): one arrow a step")
            for edge in flow.edges() {
                guard let arrow = arrows[edge.to + 1] else { continue }
                #expect(labels[arrow.to]?.hasPrefix(name(flow.steps[edge.to].system)) == true, "\(flow.id) step \(edge.to + 1) arrives at its system")
                switch edge.from {
                case .start: #expect(arrow.from == "n0", "\(flow.id) step \(edge.to + 1) starts at the start")
                case .step(let index):
                    #expect(labels[arrow.from]?.hasPrefix(name(flow.steps[index].system)) == true,
                            "\(flow.id) step \(edge.to + 1) comes from step \(index + 1)")
                case .system(let id):
                    #expect(labels[arrow.from]?.hasPrefix(name(id)) == true, "\(flow.id) step \(edge.to + 1) comes from \(id)")
                }
            }
        }
    }
}
