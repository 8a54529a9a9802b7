import ResidencyModel

/// The Access details: everything one role can do (by role), or everyone who can reach one
/// system and from where (by system); each with its findings and the claims its access breaks.
enum AccessDetail {
    static func lines(forRole position: Int, state: AppState, lookup: MapLookup, width: Int) -> [Line] {
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
                                              : Line(systems.joined(separator: ", "), style: theme.text))
        }

        text.heading("Grants (\(role.access.count))")
        if role.access.isEmpty { text.note("none: this role can open nothing") }
        for grant in role.access {
            text.item(AccessLines.grantLine(role: role, grant: grant, systemPosition: lookup.systemPosition(grant.system),
                                            naming: .system, lookup: lookup, theme: theme))
        }
        text.blank()
        if let notes = role.notes { text.paragraphs("Notes", notes) }
        text.field("Id", Line(role.id, style: theme.muted))
        findingsAndBreaches(state.evaluation.findings(involvingRole: role.id),
                            state.evaluation.breaches(involvingRole: role.id), lookup: lookup, theme: theme, into: &text)
        return text.lines
    }

    static func lines(forSystem position: Int, state: AppState, lookup: MapLookup, width: Int) -> [Line] {
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
        for reference in grants {
            let role = lookup.map.roles[reference.role]
            text.item(AccessLines.grantLine(role: role, grant: role.access[reference.grant], systemPosition: position,
                                            naming: .role, lookup: lookup, theme: theme))
        }
        let findings = state.evaluation.findings(involvingSystem: system.id).filter {
            if case .access = $0.subject { return true }
            return false
        }
        let breaches = state.evaluation.breaches(involvingSystem: system.id).filter { $0.breach.aspect == .access }
        findingsAndBreaches(findings, breaches, lookup: lookup, theme: theme, into: &text)
        return text.lines
    }

    private static func findingsAndBreaches(_ findings: [Finding], _ breaches: [ClaimBreach], lookup: MapLookup,
                                            theme: Theme, into text: inout MapDetailText) {
        text.heading("Findings (\(findings.count))")
        if findings.isEmpty { text.note("none") }
        for finding in findings { text.item(MapText.finding(finding, theme: theme)) }
        text.heading("Claims this access breaks (\(breaches.count))")
        if breaches.isEmpty { text.note(lookup.map.claims.isEmpty ? "the map makes no claims" : "none") }
        for breach in breaches { text.item(MapText.breach(breach, lookup: lookup, theme: theme)) }
    }
}
