import ResidencyModel

/// The Access details: everything one role can do (by role), or everyone who can reach one
/// system and from where (by system); each with its findings and the claims its access breaks.
enum AccessDetail {
    /// The pane's lines for a role at `width` columns (remembered: see `LinesMemo`).
    static func lines(forRole position: Int, state: AppState, lookup: MapLookup, width: Int) -> [Line] {
        let key = LinesMemo.Key(pane: "access.role", item: position, width: width, theme: state.theme,
                                today: state.evaluation.today)
        return lookup.details.lines(for: key) { build(forRole: position, state: state, lookup: lookup, width: width) }
    }

    /// The pane's lines for a system at `width` columns (remembered: see `LinesMemo`).
    static func lines(forSystem position: Int, state: AppState, lookup: MapLookup, width: Int) -> [Line] {
        let key = LinesMemo.Key(pane: "access.system", item: position, width: width, theme: state.theme,
                                today: state.evaluation.today)
        return lookup.details.lines(for: key) { build(forSystem: position, state: state, lookup: lookup, width: width) }
    }

    static func build(forRole position: Int, state: AppState, lookup: MapLookup, width: Int) -> [Line] {
        let theme = state.theme
        let role = lookup.map.roles[position]
        var text = MapDetailText(width: width, theme: theme, labelWidth: 14)
        text.field("Team", role.isExternal ? Line("\(role.team) (outside the company)", style: theme.warning)
                                           : Line(role.team, style: theme.text))
        text.field("Works from", role.countries.isEmpty
            ? Line("\(Symbols.unknown) no countries written", style: theme.unknown)
            : Line(MapText.countryNames(role.countries, catalogue: lookup.catalogue), style: theme.text))
        text.field("People", role.headcount.map { Line(String($0), style: theme.text) } ?? Line("not written", style: theme.muted))
        for capability in AccessCapability.allCases {
            let systems = role.access.filter { $0.capabilities.contains(capability) }.map { lookup.systemName($0.system) }
            let label = capability == .admin ? "Can administer" : "Can \(capability.rawValue)"
            text.field(label, systems.isEmpty ? Line("nothing", style: theme.muted)
                                              : Line(MapText.names(systems), style: theme.text))
        }

        text.heading("Grants (\(role.access.count))")
        if role.access.isEmpty { text.note("none: this role can open nothing") }
        text.items(role.access, more: "grants") { grant in
            AccessLines.grantLine(role: role, grant: grant, systemPosition: lookup.systemPosition(grant.system),
                                  naming: .system, lookup: lookup, theme: theme)
        }
        text.blank()
        if let notes = role.notes { text.paragraphs("Notes", notes) }
        text.field("Id", Line(role.id, style: theme.muted))
        findingsAndBreaches(state.evaluation.findings(involvingRole: role.id),
                            state.evaluation.breaches(involvingRole: role.id, first: MapDetailText.itemLimit), lookup: lookup, theme: theme, into: &text)
        return text.lines
    }

    static func build(forSystem position: Int, state: AppState, lookup: MapLookup, width: Int) -> [Line] {
        let theme = state.theme
        let system = lookup.map.systems[position]
        var text = MapDetailText(width: width, theme: theme)
        let location = lookup.location(ofSystem: position)
        if location.isUnknown {
            text.field("Runs in", Line("\(Symbols.unknown) unknown", style: theme.unknown))
        } else {
            for (index, place) in location.placeLines(catalogue: lookup.catalogue).enumerated() {
                text.field(index == 0 ? "Runs in" : "", place)
            }
        }
        text.field("Kind", system.kind.label)
        text.field("Holds", lookup.categoryList(system.data))
        text.field("Offerings", lookup.offeringList(of: system))

        let grants = lookup.grantsBySystem[position]
        text.heading("Who can reach it (\(CountPhrase.of(grants.count, "role")))")
        text.items(grants, more: "roles") { reference in
            let role = lookup.map.roles[reference.role]
            return AccessLines.grantLine(role: role, grant: role.access[reference.grant], systemPosition: position,
                                         naming: .role, lookup: lookup, theme: theme)
        }
        let findings = state.evaluation.findings(involvingSystem: system.id).filter {
            if case .access = $0.subject { return true }
            return false
        }
        let breaches = state.evaluation.breaches(involvingSystem: system.id, first: MapDetailText.itemLimit, accessOnly: true)
        findingsAndBreaches(findings, breaches, lookup: lookup, theme: theme, into: &text)
        return text.lines
    }

    private static func findingsAndBreaches(_ findings: [Finding], _ breaches: BreachListing, lookup: MapLookup,
                                            theme: Theme, into text: inout MapDetailText) {
        text.heading("Findings (\(findings.count))")
        if findings.isEmpty { text.note("none") }
        text.items(findings, more: "findings: the Findings screen lists them all") { MapText.finding($0, theme: theme) }
        text.heading("Claims this access breaks (\(breaches.count))")
        if breaches.count == 0 { text.note(lookup.map.claims.isEmpty ? "the map makes no claims" : "none") }
        text.items(breaches.first, count: breaches.count, more: "breaches: the Claims screen lists them all") {
            MapText.breach($0, lookup: lookup, theme: theme)
        }
    }
}
