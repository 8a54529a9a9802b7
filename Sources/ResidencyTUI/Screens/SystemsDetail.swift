import ResidencyModel

/// Everything about one system, as the Systems details pane shows it: what it is and where it
/// runs, how sure the map is, what it holds and for how long, where its data is copied, who can
/// open it from where, which flows pass through it, its findings and the claims it breaks.
enum SystemsDetail {
    /// The pane's lines at `width` columns (remembered: see `LinesMemo`).
    static func lines(forSystem position: Int, state: AppState, lookup: MapLookup, width: Int) -> [Line] {
        let key = LinesMemo.Key(pane: "systems", item: position, width: width, theme: state.theme,
                                today: state.evaluation.today)
        return lookup.details.lines(for: key) { build(forSystem: position, state: state, lookup: lookup, width: width) }
    }

    static func build(forSystem position: Int, state: AppState, lookup: MapLookup, width: Int) -> [Line] {
        let theme = state.theme
        let map = lookup.map
        let system = map.systems[position]
        let catalogue = lookup.catalogue
        var text = MapDetailText(width: width, theme: theme)

        text.field("Kind", system.kind.label)
        text.field("Vendor", system.vendor.map { Line($0, style: theme.text) } ?? Line("not written", style: theme.muted))
        let location = lookup.location(ofSystem: position)
        if location.isUnknown {
            text.field("Location", Line("\(Symbols.unknown) unknown: nobody wrote where it runs", style: theme.unknown))
        } else {
            for (index, place) in location.placeLines(catalogue: catalogue).enumerated() {
                text.field(index == 0 ? "Location" : "", place)
            }
        }
        text.field("Status", MapText.status(system.status, theme: theme))
        if let evidence = system.evidence {
            var how = evidence.how
            let when = [evidence.on.map { "on \($0)" }, evidence.by.map { "by \($0)" }].compactMap { $0 }
            if !when.isEmpty { how += " (\(when.joined(separator: ", ")))" }
            text.field("Evidence", how)
        } else if system.status != .unknown {
            text.field("Evidence", Line("none recorded", style: theme.muted))
        }
        text.field("Retention", system.retention.map { Line($0.text, style: theme.text) }
            ?? Line("\(Symbols.attention) not written", style: theme.warning))
        if system.data.isEmpty, let byCopy = byCopyText(position, state: state, lookup: lookup) {
            text.field("Data", byCopy)
        } else {
            text.field("Data", lookup.categoryList(system.data))
        }
        text.field("Offerings", lookup.offeringList(of: system))
        text.field("Id", Line(system.id, style: theme.muted))
        if let notes = system.notes { text.paragraphs("Notes", notes) }

        copies(of: position, lookup: lookup, theme: theme, into: &text)
        access(to: position, lookup: lookup, theme: theme, into: &text)

        let steps = lookup.stepsBySystem[position]
        text.heading("Flows through it (\(steps.count))")
        if steps.isEmpty { text.note("no flow step reaches this system") }
        text.items(steps, more: "flow steps reach it") { step in
            let flow = map.flows[step.flow]
            let hop = flow.steps[step.step]
            return Line([
                Span(flow.name, style: theme.text),
                Span(", step \(step.step + 1) of \(flow.steps.count) · \(MapText.timing(hop.when))", style: theme.muted),
            ])
        }

        let findings = state.evaluation.findings(involvingSystem: system.id)
        text.heading("Findings (\(findings.count))")
        if findings.isEmpty { text.note("none") }
        text.items(findings, more: "findings: the Findings screen lists them all") { MapText.finding($0, theme: theme) }

        let breaches = state.evaluation.breaches(involvingSystem: system.id, first: MapDetailText.itemLimit)
        text.heading("Claims it breaks (\(breaches.count))")
        if breaches.count == 0 { text.note(map.claims.isEmpty ? "the map makes no claims" : "none") }
        text.items(breaches.first, count: breaches.count, more: "breaches: the Claims screen lists them all") {
            MapText.breach($0, lookup: lookup, theme: theme)
        }
        return text.lines
    }

    /// What reaches a system by copy, for one that lists no data of its own: "Customer records,
    /// by backup from Primary database"; nil when no copy brings it anything.
    static func byCopyText(_ position: Int, state: AppState, lookup: MapLookup) -> String? {
        let arrivals = state.evaluation.arrivals(atSystem: lookup.map.systems[position].id)
        guard !arrivals.isEmpty else { return nil }
        return arrivals.map { arrival in
            "\(lookup.categoryList(arrival.data)), by \(arrival.copy.kind.label) from \(TextSanitizer.sanitize(lookup.systemName(arrival.copy.from)))"
        }.joined(separator: "; ")
    }

    /// Copies out of and into the system: kind, schedule, retention and the other end's place,
    /// with a border marker when the two ends lie in different jurisdictions.
    static func copies(of position: Int, lookup: MapLookup, theme: Theme, into text: inout MapDetailText) {
        let map = lookup.map
        let here = lookup.location(ofSystem: position)
        for (outgoing, copies) in [(true, lookup.copiesFrom[position]), (false, lookup.copiesInto[position])] {
            text.heading(outgoing ? "Copies out (\(copies.count))" : "Copies in (\(copies.count))")
            if copies.isEmpty {
                text.note(outgoing ? "none: no backup, replica or other copy goes anywhere from here" : "none")
            }
            for index in copies.prefix(MapDetailText.itemLimit) {
                let copy = map.copies[index]
                let other = outgoing ? copy.to : copy.from
                let there = lookup.location(ofSystem: other)
                var line = Line(outgoing ? "\(Symbols.arrow) \(copy.kind.label) to " : "← \(copy.kind.label) from ",
                                style: theme.muted)
                line.append(lookup.systemName(other), style: theme.text)
                line.append(" · \(there?.shortText ?? "not in the map")", style: theme.muted)
                var details = [copy.schedule.map(MapText.safe) ?? "no schedule written"]
                details.append(copy.retention.map { "kept \($0.text)" } ?? "retention not written")
                line.append(" · " + details.joined(separator: " · "), style: theme.muted)
                if let there, let marker = BorderMarker(from: outgoing ? here : there, to: outgoing ? there : here) {
                    line.append("  " + marker.text, style: theme.accent)
                }
                text.item(line)
                if let notes = copy.notes { text.item(Line(notes, style: theme.muted), indent: 4, hanging: 0) }
            }
            if copies.count > MapDetailText.itemLimit {
                text.note("\(Symbols.ellipsis) \(copies.count - MapDetailText.itemLimit) more copies")
            }
        }
    }

    /// Roles with a grant on the system: what they can do, when, whether it is recorded, and the
    /// countries they work from, flagged when outside an offering's region.
    static func access(to position: Int, lookup: MapLookup, theme: Theme, into text: inout MapDetailText) {
        let map = lookup.map
        let grants = lookup.grantsBySystem[position]
        text.heading("Who can open it (\(CountPhrase.of(grants.count, "role")))")
        if grants.isEmpty { text.note("nobody is mapped with access") }
        text.items(grants, more: "roles: Access by system lists them all") { reference in
            let role = map.roles[reference.role]
            return AccessLines.grantLine(role: role, grant: role.access[reference.grant], systemPosition: position,
                                         naming: .role, lookup: lookup, theme: theme)
        }
    }
}

/// "EU → US": where data crosses from one set of jurisdictions to another. None when both ends
/// lie in the same jurisdictions.
struct BorderMarker: Sendable, Hashable {
    let from: [String]
    let to: [String]

    init?(from: LocationSummary, to: LocationSummary) {
        guard Set(from.jurisdictions) != Set(to.jurisdictions) else { return nil }
        self.from = from.jurisdictions
        self.to = to.jurisdictions
    }

    /// "EU → US", "EU, UK, US → EU".
    var text: String { "\(from.joined(separator: ", ")) \(Symbols.arrow) \(to.joined(separator: ", "))" }
}
