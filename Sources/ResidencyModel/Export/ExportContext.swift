/// Everything the exports look up, built once per map on top of the engine's own index, so no
/// section ever scans the whole map inside another scan: grants by system, copies by source,
/// locations described once per distinct location, data names by id. A class: every section
/// reads it, and copying it would copy every table.
final class ExportContext: Sendable {
    let map: ResidencyMap
    let evaluation: Evaluation
    /// Each offering's implied claim, checked (see `ImpliedClaims`).
    let implied: [String: ClaimResult]
    let catalogue: RegionCatalogue
    let today: ISODate
    let index: MapIndex
    /// Copy positions leaving each system (by system position).
    let copiesOutOf: [[Int]]
    /// "Frankfurt, Germany", per interned location (`index.locations`).
    private let locationWords: [String]
    /// Jurisdictions per interned location, in place order; "unknown" for an unresolved code.
    private let locationJurisdictions: [[String]]

    /// `index` is the engine's own index of this map made with this catalogue, when the caller
    /// has it (nil: one is built here).
    init(map: ResidencyMap, evaluation: Evaluation, implied: [String: ClaimResult], catalogue: RegionCatalogue,
         index: MapIndex? = nil) {
        self.map = map
        self.evaluation = evaluation
        self.implied = implied
        self.catalogue = catalogue
        self.today = evaluation.today
        let index = index ?? MapIndex(map: map, catalogue: catalogue)
        self.index = index

        var copiesOutOf = Array(repeating: [Int](), count: map.systems.count)
        for (copy, from) in index.copyFrom.enumerated() {
            if let from { copiesOutOf[from].append(copy) }
        }
        self.copiesOutOf = copiesOutOf

        // Every system sharing a location shares its description: describe each distinct one once.
        var words = Array(repeating: "", count: index.locations.count)
        var jurisdictions = Array(repeating: [String](), count: index.locations.count)
        var described = Array(repeating: false, count: index.locations.count)
        for (position, system) in map.systems.enumerated() {
            let id = index.systemLocation[position]
            guard !described[id] else { continue }
            described[id] = true
            words[id] = catalogue.describe(system.location)
            let resolved = index.locations[id]
            var seen: [String] = []
            for place in resolved.places where !seen.contains(place.jurisdiction) { seen.append(place.jurisdiction) }
            if resolved.isUnknown || !resolved.unresolved.isEmpty { seen.append(Self.unknownJurisdiction) }
            jurisdictions[id] = seen
        }
        self.locationWords = words
        self.locationJurisdictions = jurisdictions
    }

    /// Stands for "nobody knows where" in jurisdiction lists.
    static let unknownJurisdiction = "unknown"

    // MARK: Systems

    func system(_ id: String) -> (position: Int, system: DataSystem)? {
        guard let position = index.systemPosition[id] else { return nil }
        return (position, map.systems[position])
    }

    /// A system's name, or its id marked missing when the map lacks it.
    func systemName(_ id: String) -> String {
        system(id)?.system.name ?? "\(id) (not in the map)"
    }

    /// Where a system runs, in words ("Frankfurt, Germany", "unknown location").
    func locationWords(ofSystem position: Int) -> String {
        locationWords[index.systemLocation[position]]
    }

    /// The jurisdictions a system's places fall under, in order; `unknown` when any is unknown.
    func jurisdictions(ofSystem position: Int) -> [String] {
        locationJurisdictions[index.systemLocation[position]]
    }

    /// Where it runs plus how sure the map is: "Paris, France (planned, not running yet)".
    func locationWithStatus(ofSystem position: Int) -> String {
        let system = map.systems[position]
        let words = locationWords(ofSystem: position)
        if system.location.isUnknown { return words }
        switch system.status {
        case .confirmed: return words
        case .assumed: return words + " (assumed, not verified)"
        case .planned: return words + " (planned, not running yet)"
        case .unknown: return words + " (status not recorded)"
        }
    }

    /// For each interned location (`index.locations`), whether every place of it lies inside
    /// `region`; false when any place is unknown, and for a region the catalogue cannot read.
    /// Worked out once per distinct location, so asking per system costs nothing.
    func insideFlags(region: RegionSpec) -> [Bool] {
        guard let allowed = catalogue.countries(in: region) else {
            return Array(repeating: false, count: index.locations.count)
        }
        return index.locations.map { location in
            guard !location.isUnknown, location.unresolved.isEmpty, !location.places.isEmpty else { return false }
            return location.places.allSatisfy { !$0.countries.isEmpty && $0.countries.isSubset(of: allowed) }
        }
    }

    /// Whether system `position` lies inside the region whose `insideFlags` are given.
    func isInside(system position: Int, flags: [Bool]) -> Bool {
        flags[index.systemLocation[position]]
    }

    // MARK: Data

    /// Category names for ids, in the order given; an id the map does not declare stays as written.
    func dataNames(_ ids: [String]) -> [String] {
        ids.map { id in index.categoryPosition[id].map { index.categories[$0].name } ?? id }
    }

    /// Category names as they read mid-sentence ("customer records"), worded once per map.
    func midSentenceNames(_ ids: [String]) -> [String] {
        ids.map { id in index.categoryPosition[id].map { index.midSentenceNames[$0] } ?? Wording.midSentence(id) }
    }

    func dataNames(_ set: CategorySet) -> [String] {
        index.categoryNames(set)
    }

    /// What each system holds for an offering: its own data if it serves the offering, plus what
    /// copies bring in from systems that do (the engine's own rule).
    func dataHeld(forOffering offering: String) -> [CategorySet] {
        let start = map.systems.enumerated().map { position, system in
            system.serves(offering: offering) ? index.declared[position] : CategorySet()
        }
        return CopyPropagation.propagate(start: start, declared: index.declared, copyFrom: index.copyFrom, copyTo: index.copyTo)
    }

    // MARK: Access

    /// The grants on a system with their roles, in map order of roles.
    func grants(onSystem position: Int) -> [(role: Role, grant: AccessGrant)] {
        index.grantsBySystem[position].map { g in
            let ref = index.grants[g]
            let role = map.roles[ref.role]
            return (role, role.access[ref.grant])
        }
    }

    // MARK: Words

    /// A jurisdiction as readers say it: "EU", "EEA", "UK" and "US" as written, any other
    /// country by name ("Canada", "Switzerland").
    func jurisdictionName(_ jurisdiction: String) -> String {
        if jurisdiction == Self.unknownJurisdiction { return "unknown location" }
        if ["EU", "EEA", "UK", "US"].contains(jurisdiction) { return jurisdiction }
        return catalogue.country(jurisdiction)?.name ?? jurisdiction
    }

    /// Country names for ISO codes, as written when the catalogue does not know one.
    func countryNames(_ codes: [String]) -> [String] {
        codes.map { catalogue.country($0.uppercased())?.name ?? $0 }
    }

    /// The offering's name, or its id when the map lacks it.
    func offeringName(_ id: String) -> String {
        index.offeringPosition[id].map { map.offerings[$0].name } ?? id
    }
}
