import ResidencyModel

/// Everything the map screens look up, built once per map: systems, roles and flows by id, grants,
/// copies and flow steps by system, and each system's resolved location. Screens ask it instead of
/// scanning the map, so drawing a screen costs the same for 30 systems or 10,000.
///
/// Get one with `MapLookup.for(state)`: the lookup for a map is built on first use and kept
/// (see `MapLookupCache`), so every render and key press after that finds it at once.
public final class MapLookup: Sendable {
    /// One role's grant, by position: `map.roles[role].access[grant]`.
    public struct Grant: Sendable, Hashable {
        public let role: Int
        public let grant: Int
    }

    /// One flow step, by position: `map.flows[flow].steps[step]` (`step` from 0).
    public struct Step: Sendable, Hashable {
        public let flow: Int
        public let step: Int
    }

    public let map: ResidencyMap
    public let catalogue: RegionCatalogue

    private let systemPositions: [String: Int]
    private let rolePositions: [String: Int]
    private let flowPositions: [String: Int]
    private let claimPositions: [String: Int]
    private let categoryNames: [String: String]
    private let offeringNames: [String: String]
    /// The countries each offering promises; absent when its region does not resolve.
    private let offeringCountries: [String: Set<String>]

    private let locationOfSystem: [Int]
    private let locations: [LocationSummary]

    /// Per system (by position), in map order.
    public let grantsBySystem: [[Grant]]
    public let copiesFrom: [[Int]]
    public let copiesInto: [[Int]]
    public let stepsBySystem: [[Step]]
    /// Systems some role can open, in map order: the rows of Access "by system".
    public let reachableSystems: [Int]

    /// Lists narrowed by a search or filters, remembered per query (see `RowsMemo`).
    let memo = RowsMemo()
    /// Details panes' lines, remembered per item and width (see `LinesMemo`).
    let details = LinesMemo()

    /// The lookup for `map`; `positions`, the engine's index of the same map, saves building the
    /// shared tables a second time.
    public init(map: ResidencyMap, positions: MapPositions? = nil, catalogue: RegionCatalogue = .standard) {
        self.map = map
        self.catalogue = catalogue
        let systemCount = map.systems.count
        let positions = positions ?? Self.positions(of: map)

        var locationIDs: [Location: Int] = [:]
        var locations: [LocationSummary] = []
        var locationOfSystem: [Int] = []
        locationOfSystem.reserveCapacity(systemCount)
        for system in map.systems {
            if let id = locationIDs[system.location] {
                locationOfSystem.append(id)
            } else {
                locationIDs[system.location] = locations.count
                locationOfSystem.append(locations.count)
                locations.append(LocationSummary(system.location, catalogue: catalogue))
            }
        }
        self.systemPositions = positions.systems
        self.locationOfSystem = locationOfSystem
        self.locations = locations
        self.copiesFrom = positions.copiesFrom
        self.copiesInto = positions.copiesInto
        self.rolePositions = positions.roles
        self.grantsBySystem = positions.grantsBySystem.map { $0.map { Grant(role: $0.role, grant: $0.grant) } }
        self.reachableSystems = positions.grantsBySystem.indices.filter { !positions.grantsBySystem[$0].isEmpty }
        self.flowPositions = positions.flows
        self.stepsBySystem = positions.stepsBySystem.map { $0.map { Step(flow: $0.flow, step: $0.step) } }

        var claimPositions: [String: Int] = [:]
        for (position, claim) in map.claims.enumerated() where claimPositions[claim.id] == nil {
            claimPositions[claim.id] = position
        }
        self.claimPositions = claimPositions

        var categoryNames: [String: String] = [:]
        for category in map.dataCategories where categoryNames[category.id] == nil {
            categoryNames[category.id] = category.name
        }
        self.categoryNames = categoryNames

        var offeringNames: [String: String] = [:]
        var offeringCountries: [String: Set<String>] = [:]
        for offering in map.offerings where offeringNames[offering.id] == nil {
            offeringNames[offering.id] = offering.name
            if let countries = catalogue.countries(in: offering.region) { offeringCountries[offering.id] = countries }
        }
        self.offeringNames = offeringNames
        self.offeringCountries = offeringCountries
    }

    /// The shared tables for a map nobody has evaluated (tests, benchmarks): the engine's index.
    static func positions(of map: ResidencyMap) -> MapPositions {
        MapPositions(map: map)
    }

    // MARK: By id

    public func systemPosition(_ id: String) -> Int? { systemPositions[id] }
    public func rolePosition(_ id: String) -> Int? { rolePositions[id] }
    public func flowPosition(_ id: String) -> Int? { flowPositions[id] }

    public func system(_ id: String) -> DataSystem? { systemPositions[id].map { map.systems[$0] } }
    public func claim(_ id: String) -> Claim? { claimPositions[id].map { map.claims[$0] } }
    public func role(_ id: String) -> Role? { rolePositions[id].map { map.roles[$0] } }
    public func flow(_ id: String) -> Flow? { flowPositions[id].map { map.flows[$0] } }
    public func claimPosition(_ id: String) -> Int? { claimPositions[id] }

    /// A system's name, or its id as written when the map has no such system.
    public func systemName(_ id: String) -> String { system(id)?.name ?? id }

    /// A role's name, or its id as written.
    public func roleName(_ id: String) -> String { rolePositions[id].map { map.roles[$0].name } ?? id }

    // MARK: Locations

    /// The resolved location of the system at `position`.
    public func location(ofSystem position: Int) -> LocationSummary { locations[locationOfSystem[position]] }

    /// The resolved location of a system by id; nil when the map has no such system.
    public func location(ofSystem id: String) -> LocationSummary? { systemPositions[id].map(location(ofSystem:)) }

    // MARK: Names

    /// A data category's name, or its id as written when the map does not declare it.
    public func categoryName(_ id: String) -> String { categoryNames[id] ?? id }

    /// "Customer records, Contact details"; "nothing" for none. Each name is sanitized on its
    /// own (see `TextSanitizer`) so none can fuse with the separator before it.
    public func categoryList(_ ids: [String]) -> String {
        ids.isEmpty ? "nothing" : ids.map { TextSanitizer.sanitize(categoryName($0)) }.joined(separator: ", ")
    }

    public func offeringName(_ id: String) -> String { offeringNames[id] ?? id }

    /// The offerings a system serves, in words: "EU residency", or "all offerings (shared)".
    public func offeringList(of system: DataSystem) -> String {
        if system.offerings.isEmpty { return map.offerings.isEmpty ? "none declared" : "all offerings (shared)" }
        return system.offerings.map { TextSanitizer.sanitize(offeringName($0)) }.joined(separator: ", ")
    }

    // MARK: Cross-border access

    /// The countries of `countries` outside the region of any offering the system serves: where
    /// access crosses the border a residency offering draws. Empty when the map declares no
    /// offering, or none of its regions resolves.
    public func countriesOutsideRegion(_ countries: [String], forSystem position: Int) -> [String] {
        let system = map.systems[position]
        let offerings = system.offerings.isEmpty ? map.offerings.map(\.id) : system.offerings
        let regions = offerings.compactMap { offeringCountries[$0] }
        guard !regions.isEmpty else { return [] }
        return countries.filter { country in regions.contains { !$0.contains(country.uppercased()) } }
    }
}
