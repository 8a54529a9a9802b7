import ResidencyModel

/// The rows of the two Access lists, narrowed by their searches: roles (name, team, countries,
/// the systems they can open) and the systems some role can open (name, location, the roles).
enum AccessRows {
    static func roles(for list: ListState, lookup: MapLookup) -> MapListRows {
        let count = lookup.map.roles.count
        let query = SearchQuery(list.query)
        guard !query.isEmpty else { return .all(count) }
        let key = RowsMemo.Key(list: AccessScreen.rolesList.rawValue, query: list.query, filters: [:])
        return .some(lookup.memo.rows(for: key) { candidates in
            let texts = lookup.memo.searchTexts(for: AccessScreen.rolesList.rawValue) {
                lookup.map.roles.map { role in
                    SearchText([role.name, role.id, role.team, role.countries.joined(separator: " "),
                                MapText.countryNames(role.countries, catalogue: lookup.catalogue)]
                               + role.access.map { lookup.systemName($0.system) })
                }
            }
            return (candidates ?? Array(0..<count)).filter { texts[$0].matches(query) }
        })
    }

    /// Rows are positions in `lookup.reachableSystems`.
    static func systems(for list: ListState, lookup: MapLookup) -> MapListRows {
        let reachable = lookup.reachableSystems
        let query = SearchQuery(list.query)
        guard !query.isEmpty else { return .all(reachable.count) }
        let key = RowsMemo.Key(list: AccessScreen.systemsList.rawValue, query: list.query, filters: [:])
        return .some(lookup.memo.rows(for: key) { candidates in
            let texts = lookup.memo.searchTexts(for: AccessScreen.systemsList.rawValue) {
                reachable.map { position in
                    let system = lookup.map.systems[position]
                    let roles = lookup.grantsBySystem[position].map { lookup.map.roles[$0.role] }
                    return SearchText([system.name, system.id, lookup.location(ofSystem: position).shortText]
                                      + roles.map(\.name) + roles.map { $0.countries.joined(separator: " ") })
                }
            }
            return (candidates ?? Array(reachable.indices)).filter { texts[$0].matches(query) }
        })
    }

    /// The countries of every role that can open a system, each once, in order met.
    static func countries(reaching position: Int, lookup: MapLookup) -> [String] {
        var seen: [String] = []
        for grant in lookup.grantsBySystem[position] {
            for country in lookup.map.roles[grant.role].countries where !seen.contains(country) { seen.append(country) }
        }
        return seen
    }

    /// Whether any of a role's grants reaches a system from outside an offering's region.
    static func roleCrossesBorder(_ role: Role, lookup: MapLookup) -> Bool {
        role.access.contains { grant in
            guard let position = lookup.systemPosition(grant.system) else { return false }
            return !lookup.countriesOutsideRegion(role.countries, forSystem: position).isEmpty
        }
    }

    /// Whether anyone reaches a system from outside an offering's region.
    static func systemReachedAcrossBorder(_ position: Int, lookup: MapLookup) -> Bool {
        lookup.grantsBySystem[position].contains { grant in
            !lookup.countriesOutsideRegion(lookup.map.roles[grant.role].countries, forSystem: position).isEmpty
        }
    }
}
