/// Appendix: the request paths. For each flow, numbered hops from the first system the request
/// reaches to the last copy, each border crossing marked, then a Mermaid flowchart.
extension ApprovalNoteWriter {
    func writeRequestPaths() {
        document.heading(2, "Request paths")
        guard !map.flows.isEmpty else {
            document.paragraph("The map traces no request paths. One flow per common action (sign up, upload, export, support) shows where a click really goes.")
            return
        }
        for flow in map.flows {
            writeFlow(flow)
        }
    }

    private func writeFlow(_ flow: Flow) {
        document.heading(3, "\(flow.name)")
        if let trigger = flow.trigger {
            document.paragraph("Starts when: \(trigger).")
        }
        guard !flow.steps.isEmpty else {
            document.paragraph("This flow lists no steps yet.")
            return
        }

        var items: [Markup] = []
        var hops: [MermaidFlowchart.Hop] = []
        var sources: [MermaidFlowchart.Hop] = []
        for edge in flow.edges() {
            let step = flow.steps[edge.to]
            let hop = hopWords(step.system)
            // Crossings are read along the step's edge, from where its data comes.
            let origin = flow.sourceSystem(ofStep: edge.to)
            let previous = origin.map { hopWords($0).jurisdictions }
            let jurisdictions = hop.jurisdictions
            var item: Markup = "**" + hop.name + "**, " + hop.place
            let data = context.midSentenceNames(step.data)
            item += data.isEmpty ? ": no data listed" : ": \(data.joined(separator: ", "))"
            item += " (\(Self.timingWords(step.when)))."
            if let previous, let crossing = crossingWords(from: previous, to: jurisdictions) {
                item += " **\(crossing).**"
            }
            if let notes = step.notes {
                item += " \(notes)"
            }
            items.append(item)

            hops.append(MermaidFlowchart.Hop(key: step.system, label: hop.mermaidLabel, group: hop.mermaidGroup, timing: step.when,
                                             from: origin))
            if case .system(let id) = edge.from, !sources.contains(where: { $0.key == id }) {
                let words = hopWords(id)
                sources.append(MermaidFlowchart.Hop(key: id, label: words.mermaidLabel, group: words.mermaidGroup, timing: .sync))
            }
        }
        document.numbered(items)

        let start = flow.trigger.map { "Start: \($0)" } ?? "Start"
        document.codeBlock(language: "mermaid", lines: MermaidFlowchart(start: start, hops: hops, sources: sources).lines())
    }

    /// A hop's system in words, worked out once per system however many flows pass through it.
    private func hopWords(_ id: String) -> HopWords {
        let found = context.system(id)
        if let position = found?.position, let cached = hopCache[position] { return cached }
        let jurisdictions = found.map { context.jurisdictions(ofSystem: $0.position) } ?? [ExportContext.unknownJurisdiction]
        let label = context.systemName(id)
        let words = HopWords(
            name: Markup(text: label),
            place: Markup(text: found.map { context.locationWithStatus(ofSystem: $0.position) } ?? "not in the map"),
            jurisdictions: jurisdictions,
            mermaidLabel: MarkdownEscaping.mermaidLabel(
                jurisdictions.count > 1 ? "\(label): \(Wording.list(jurisdictions.map(context.jurisdictionName)))" : label),
            mermaidGroup: jurisdictions.count > 1 ? nil : MarkdownEscaping.mermaidLabel(groupTitle(jurisdictions))
        )
        if let position = found?.position { hopCache[position] = words }
        return words
    }

    /// "Crosses from EU to US": the jurisdictions the data leaves and the ones it enters. Nil when
    /// both hops sit under the same jurisdictions.
    func crossingWords(from previous: [String], to next: [String]) -> String? {
        guard Set(previous) != Set(next) else { return nil }
        let leaving = previous.filter { !next.contains($0) }
        let entering = next.filter { !previous.contains($0) }
        let from = (leaving.isEmpty ? previous : leaving).map(crossingName)
        let to = (entering.isEmpty ? next : entering).map(crossingName)
        return "Crosses from \(Wording.list(from)) to \(Wording.list(to))"
    }

    private func crossingName(_ jurisdiction: String) -> String {
        jurisdiction == ExportContext.unknownJurisdiction ? "an unknown location" : context.jurisdictionName(jurisdiction)
    }

    /// The subgraph a hop in one jurisdiction is drawn in: "EU", "Unknown location".
    private func groupTitle(_ jurisdictions: [String]) -> String {
        Wording.capitalized(jurisdictions.first.map(context.jurisdictionName) ?? "unknown location")
    }

    static func timingWords(_ timing: StepTiming) -> String {
        switch timing {
        case .sync: return "while the user waits"
        case .async: return "in the background"
        case .onError: return "on errors"
        case .scheduled: return "on a schedule"
        case .onDemand: return "on demand"
        default: return timing.rawValue
        }
    }
}

/// A system as a request-path hop shows it.
struct HopWords {
    var name: Markup
    var place: Markup
    var jurisdictions: [String]
    /// The Mermaid label, escaped.
    var mermaidLabel: String
    /// The Mermaid subgraph title, escaped; nil for a system in several jurisdictions, drawn
    /// outside the subgraphs with its places in its label.
    var mermaidGroup: String?
}
