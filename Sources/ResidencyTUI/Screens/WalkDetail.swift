import ResidencyModel

/// What one hop of a walk shows: the border it crosses, the system and where it runs, what data
/// arrives and when, who can open it there, where its copies go, and the findings and breaches
/// at this hop. Also the preview of a whole flow shown while picking one.
enum WalkDetail {
    /// The pane's lines for hop `index` of `hops`, the walk of the flow at `flowPosition`
    /// (remembered: see `LinesMemo`).
    static func lines(forHop index: Int, of hops: [WalkHop], flowPosition: Int, state: AppState, lookup: MapLookup,
                      width: Int) -> [Line] {
        let key = LinesMemo.Key(pane: "walk.hop", item: flowPosition, subitem: index, width: width, theme: state.theme,
                                today: state.evaluation.today)
        return lookup.details.lines(for: key) {
            build(forHop: hops[index], flow: lookup.map.flows[flowPosition], state: state, lookup: lookup, width: width)
        }
    }

    static func build(forHop hop: WalkHop, flow: Flow, state: AppState, lookup: MapLookup, width: Int) -> [Line] {
        let theme = state.theme
        let map = lookup.map
        var text = MapDetailText(width: width, theme: theme)

        if let border = WalkPath.border(of: hop, lookup: lookup) {
            text.item(Line("\(MapText.crossBorder) Crosses a border: \(border.text)", style: theme.bad.bolded), indent: 0)
        } else if hop.previousSystem == nil {
            text.item(Line("From the user's browser", style: theme.muted), indent: 0)
        } else {
            text.item(Line("Stays in \(lookup.location(ofSystem: hop.system)?.jurisdictionText ?? "?")", style: theme.muted),
                      indent: 0)
        }

        let element = hop.element(flow: flow, map: map)
        let findings = WalkDetail.findings(at: hop, element: element, state: state)
        let breaches: [ClaimBreach] = lookup.systemPosition(hop.system).map {
            WalkDetail.breaches(at: hop, element: element, flow: flow, system: map.systems[$0], state: state)
        } ?? []
        if !findings.isEmpty || !breaches.isEmpty {
            // Said at the top, so it shows without scrolling at 80 x 24.
            var here = Line("Here: ", style: theme.muted)
            if !breaches.isEmpty {
                let open = breaches.filter { !$0.breach.isCovered }.count
                here.append("\(Symbols.broken) \(CountPhrase.of(breaches.count, "breach", plural: "breaches"))",
                            style: open > 0 ? theme.bad : theme.warning)
                if !findings.isEmpty { here.append(" · ", style: theme.muted) }
            }
            if !findings.isEmpty {
                let worst = findings.map(\.severity).max() ?? .info
                here.append("\(worst.symbol) \(CountPhrase.of(findings.count, "finding"))", style: MapText.style(worst, theme: theme))
            }
            here.append(" (below)", style: theme.muted)
            text.item(here, indent: 0)
        }

        guard let position = lookup.systemPosition(hop.system) else {
            text.field("System", Line("\"\(hop.system)\" is not in the map", style: theme.error))
            return text.lines
        }
        let system = map.systems[position]
        var name = Line(system.name, style: theme.heading)
        name.append(" (\(system.kind.label)\(system.vendor.map { ", \(MapText.safe($0))" } ?? ""))", style: theme.muted)
        text.field("System", name)
        let location = lookup.location(ofSystem: position)
        if location.isUnknown {
            text.field("Runs in", Line("\(Symbols.unknown) unknown: nobody wrote where it runs", style: theme.unknown))
        } else {
            for (index, place) in location.placeLines(catalogue: lookup.catalogue).enumerated() {
                text.field(index == 0 ? "Runs in" : "", place)
            }
        }
        text.field("Status", MapText.status(system.status, theme: theme))

        switch hop.source {
        case .step(let index):
            let step = flow.steps[index]
            text.field("Arrives", step.data.isEmpty ? Line("no data written", style: theme.muted)
                                                    : Line(lookup.categoryList(step.data), style: theme.text))
            text.field("When", MapText.timing(step.when))
            text.field("Kept", system.retention.map { Line($0.text, style: theme.text) }
                ?? Line("\(Symbols.attention) not written", style: theme.warning))
            if let notes = step.notes { text.paragraphs("Notes", notes) }
        case .copy(let index):
            let copy = map.copies[index]
            var from = Line("\(copy.kind.label) of ", style: theme.muted)
            from.append(lookup.systemName(copy.from), style: theme.text)
            from.append(" (\(lookup.location(ofSystem: copy.from)?.shortText ?? "not in the map"))", style: theme.muted)
            text.field("Copy", from)
            text.field("Arrives", system.data.isEmpty ? Line("no data written", style: theme.muted)
                                                      : Line(lookup.categoryList(system.data), style: theme.text))
            text.field("When", copy.schedule ?? "no schedule written")
            text.field("Kept", copy.retention.map { Line($0.text, style: theme.text) }
                ?? system.retention.map { Line("\($0.text) (the system's retention)", style: theme.text) }
                ?? Line("\(Symbols.attention) not written", style: theme.warning))
            if let notes = copy.notes { text.paragraphs("Notes", notes) }
        }

        SystemsDetail.access(to: position, lookup: lookup, theme: theme, into: &text)
        let copies = lookup.copiesFrom[position]
        text.heading("Its copies (\(copies.count))")
        if copies.isEmpty { text.note("none: nothing copies this system anywhere") }
        text.items(copies, more: "copies") { index in
            let copy = map.copies[index]
            var line = Line("\(Symbols.arrow) \(copy.kind.label) to ", style: theme.muted)
            line.append(lookup.systemName(copy.to), style: theme.text)
            line.append(" · \(lookup.location(ofSystem: copy.to)?.shortText ?? "not in the map")", style: theme.muted)
            line.append(" · \(copy.schedule.map(MapText.safe) ?? "no schedule written")", style: theme.muted)
            if let there = lookup.location(ofSystem: copy.to), let marker = BorderMarker(from: location, to: there) {
                line.append("  " + marker.text, style: theme.accent)
            }
            return line
        }

        text.heading("Findings at this hop (\(findings.count))")
        if findings.isEmpty { text.note("none") }
        text.items(findings, more: "findings: the Findings screen lists them all") { MapText.finding($0, theme: theme) }

        text.heading("Breaches at this hop (\(breaches.count))")
        if breaches.isEmpty { text.note(map.claims.isEmpty ? "the map makes no claims" : "none") }
        text.items(breaches, more: "breaches: the Claims screen lists them all") {
            MapText.breach($0, lookup: lookup, theme: theme)
        }
        return text.lines
    }

    /// Findings about the step or copy, then about the system the data lands in.
    static func findings(at hop: WalkHop, element: MapElement, state: AppState) -> [Finding] {
        var findings = state.evaluation.findings(about: element)
        findings += state.evaluation.findings(about: .system(hop.system)).filter { !findings.contains($0) }
        return findings
    }

    /// Processing breaches at a step, or the breaches of a copy; then the storage breaches of
    /// the system the data lands in.
    static func breaches(at hop: WalkHop, element: MapElement, flow: Flow, system: DataSystem, state: AppState) -> [ClaimBreach] {
        let atSystem = state.evaluation.breaches(involvingSystem: system.id)
        var result: [ClaimBreach]
        switch hop.source {
        case .step(let index): result = state.evaluation.breaches(atFlow: flow.id, step: index + 1)
        case .copy: result = atSystem.filter { $0.breach.subject == element }
        }
        result += atSystem.filter { $0.breach.subject == .system(system.id) }
        return result
    }

    /// The preview of a flow while picking: its trigger and every hop with where it runs, and
    /// a marker where a hop crosses a border.
    static func preview(ofFlow position: Int, state: AppState, lookup: MapLookup, width: Int) -> [Line] {
        let theme = state.theme
        let flow = lookup.map.flows[position]
        var text = MapDetailText(width: width, theme: theme)
        text.field("Trigger", flow.trigger.map { Line($0, style: theme.text) } ?? Line("not written", style: theme.muted))
        text.field("Id", Line(flow.id, style: theme.muted))
        let hops = WalkPath.hops(forFlow: position, lookup: lookup)
        let steps = hops.filter { !$0.isCopy }
        text.heading("Steps (\(steps.count))")
        if steps.isEmpty { text.note("this flow has no steps yet") }
        var headedCopies = false
        for hop in hops {
            if hop.isCopy && !headedCopies {
                text.heading("Then the copies (\(hops.count - steps.count))")
                headedCopies = true
            }
            var line = Line(hop.stepNumber.map { "\($0). " } ?? "\(Symbols.arrow) ", style: theme.muted)
            line.append(lookup.systemName(hop.system), style: theme.text)
            line.append(" · \(lookup.location(ofSystem: hop.system)?.shortText ?? "not in the map")", style: theme.muted)
            if let border = WalkPath.border(of: hop, lookup: lookup) {
                line.append("  \(border.text)", style: theme.accent)
            }
            text.item(line, indent: 1)
        }
        return text.lines
    }
}
