import Foundation

/// Everything the evaluator looks up, built once per map in one pass over each list, so that no
/// check ever scans the whole map inside another scan.
struct MapIndex: Sendable {
    let map: ResidencyMap
    let catalogue: RegionCatalogue

    // Categories
    let categories: [DataCategory]
    let categoryPosition: [String: Int]
    /// Each category's name as it reads mid-sentence ("customer records"), worded once.
    let midSentenceNames: [String]
    let personal: CategorySet
    /// Categories that are request payloads (by id or name), the worst thing to find in telemetry.
    let requestPayloads: CategorySet

    // Systems
    let systemPosition: [String: Int]
    let declared: [CategorySet]
    /// Declared data plus everything copied in, ignoring offerings (for findings).
    let held: [CategorySet]
    /// Interned location of each system (an index into `locations`).
    let systemLocation: [Int]
    /// Each system's location slot: `systemLocation * 2 + 1` when its location is confirmed, `* 2` otherwise.
    let systemSlot: [Int]
    /// The slot each copy, step and grant is grouped under: its target's or system's location
    /// slot (`OfferingScope.missingSystem` when the map lacks the system), a grant's role's
    /// country list.
    let copySlot: [Int]
    let stepSlot: [Int]
    let grantSlot: [Int]
    let locations: [ResolvedLocation]

    // Copies
    /// Source and target system positions of each copy; nil when the map lacks the system.
    let copyFrom: [Int?]
    let copyTo: [Int?]
    let copiesInto: [[Int]]
    let copiesFrom: [[Int]]

    // Flows, flattened into steps in map order
    let steps: [StepRef]
    let stepsBySystem: [[Int]]
    /// Where each flow's steps start in `steps`, and flows by id.
    let flowStepStart: [Int]
    let flowPosition: [String: Int]

    // Roles and grants, flattened in map order
    let grants: [GrantRef]
    let grantsBySystem: [[Int]]
    /// Interned country list of each role (an index into `roleCountryLists`).
    let roleCountries: [Int]
    let roleCountryLists: [[String]]
    /// Where each role's grants start in `grants`.
    let roleGrantStart: [Int]
    /// The place of every country a role works from, resolved once.
    private let rolePlaces: [String: Place]

    let rolePosition: [String: Int]
    let offeringPosition: [String: Int]
    /// Whether no two systems, roles or flows share an id (always so for a map read from a file).
    /// When they do, reports name each id once, by its first holder (`canonical...`).
    let idsAreUnique: Bool
    let exceptions: ExceptionIndex
    /// Copies by ends and kind, built on first use: only answers and exports ask.
    private let copyPositions: CopyPositions
    private let exceptionByID: [String: ClaimException]

    init(map: ResidencyMap, catalogue: RegionCatalogue) {
        self.map = map
        self.catalogue = catalogue

        let categories = map.dataCategories
        self.categories = categories
        var categoryPosition: [String: Int] = [:]
        var personal = CategorySet()
        var payloads = CategorySet()
        for (i, category) in categories.enumerated() where categoryPosition[category.id] == nil {
            categoryPosition[category.id] = i
            if category.personal { personal.insert(i) }
            if Self.isRequestPayload(category) { payloads.insert(i) }
        }
        self.categoryPosition = categoryPosition
        self.midSentenceNames = categories.map { Wording.midSentence($0.name) }
        self.personal = personal
        self.requestPayloads = payloads

        var systemPosition: [String: Int] = [:]
        systemPosition.reserveCapacity(map.systems.count)
        var declared: [CategorySet] = []
        declared.reserveCapacity(map.systems.count)
        var locationIDs: [LocationKey: Int] = [:]
        var locations: [ResolvedLocation] = []
        var systemLocation: [Int] = []
        systemLocation.reserveCapacity(map.systems.count)
        var placeCache: [String: Place?] = [:]
        var idsAreUnique = true
        var systemSlot: [Int] = []
        systemSlot.reserveCapacity(map.systems.count)
        // Fields are read in place (`systems[i].id`): a copy of each system would retain every field.
        let systems = map.systems
        for i in systems.indices {
            let id = systems[i].id
            // One hash per id; the first holder is put back on a (rare) duplicate.
            if let first = systemPosition.updateValue(i, forKey: id) {
                systemPosition[id] = first
                idsAreUnique = false
            }
            var data = CategorySet()
            for category in systems[i].data { if let position = categoryPosition[category] { data.insert(position) } }
            declared.append(data)
            // Locations are interned with the system's transfer basis, since a DPF certification
            // changes where an adequacy region counts a US place.
            let key = LocationKey(location: systems[i].location, dpf: systems[i].transferBasis == .dpf)
            let location: Int
            if let id = locationIDs[key] {
                location = id
            } else {
                let resolved = ResolvedLocation(key.location, dpf: key.dpf, catalogue: catalogue, cache: &placeCache)
                location = locations.count
                locationIDs[key] = location
                locations.append(resolved)
            }
            systemLocation.append(location)
            systemSlot.append(location * 2 + (systems[i].status.isCertain ? 1 : 0))
        }
        self.systemPosition = systemPosition
        self.declared = declared
        self.systemLocation = systemLocation
        self.systemSlot = systemSlot
        self.locations = locations

        var copyFrom: [Int?] = []
        var copyTo: [Int?] = []
        var copiesInto = Array(repeating: [Int](), count: map.systems.count)
        var copiesFrom = Array(repeating: [Int](), count: map.systems.count)
        copyFrom.reserveCapacity(map.copies.count)
        copyTo.reserveCapacity(map.copies.count)
        let copies = map.copies
        for i in copies.indices {
            let from = systemPosition[copies[i].from]
            let to = systemPosition[copies[i].to]
            copyFrom.append(from)
            copyTo.append(to)
            if let to { copiesInto[to].append(i) }
            if let from, from != to { copiesFrom[from].append(i) }
        }
        self.copyFrom = copyFrom
        self.copyTo = copyTo
        self.copiesInto = copiesInto
        self.copiesFrom = copiesFrom
        self.copyPositions = CopyPositions(copies: map.copies)
        self.held = CopyPropagation.propagate(start: declared, declared: declared, copyFrom: copyFrom, copyTo: copyTo)

        var steps: [StepRef] = []
        var stepsBySystem = Array(repeating: [Int](), count: map.systems.count)
        var flowStepStart: [Int] = []
        var flowPosition: [String: Int] = [:]
        for (f, flow) in map.flows.enumerated() {
            flowStepStart.append(steps.count)
            if flowPosition[flow.id] == nil { flowPosition[flow.id] = f } else { idsAreUnique = false }
            for (s, step) in flow.steps.enumerated() {
                let system = systemPosition[step.system]
                if let system { stepsBySystem[system].append(steps.count) }
                steps.append(StepRef(
                    flow: f, step: s, system: system,
                    data: CategorySet(step.data.compactMap { categoryPosition[$0] })
                ))
            }
        }
        self.steps = steps
        self.stepsBySystem = stepsBySystem
        self.flowStepStart = flowStepStart
        self.flowPosition = flowPosition

        var grants: [GrantRef] = []
        var grantsBySystem = Array(repeating: [Int](), count: map.systems.count)
        var countryListIDs: [[String]: Int] = [:]
        var roleCountryLists: [[String]] = []
        var roleCountries: [Int] = []
        var rolePosition: [String: Int] = [:]
        var roleGrantStart: [Int] = []
        for (r, role) in map.roles.enumerated() {
            roleGrantStart.append(grants.count)
            if rolePosition[role.id] == nil { rolePosition[role.id] = r } else { idsAreUnique = false }
            let countries = role.countries.map { $0.uppercased() }
            if let id = countryListIDs[countries] {
                roleCountries.append(id)
            } else {
                countryListIDs[countries] = roleCountryLists.count
                roleCountries.append(roleCountryLists.count)
                roleCountryLists.append(countries)
            }
            for (g, grant) in role.access.enumerated() {
                let system = systemPosition[grant.system]
                if let system { grantsBySystem[system].append(grants.count) }
                grants.append(GrantRef(role: r, grant: g, system: system))
            }
        }
        self.grants = grants
        self.copySlot = copyTo.map { $0.map { systemSlot[$0] } ?? OfferingScope.missingSystem }
        self.stepSlot = steps.map { $0.system.map { systemSlot[$0] } ?? OfferingScope.missingSystem }
        self.grantSlot = grants.map { roleCountries[$0.role] }
        self.grantsBySystem = grantsBySystem
        self.roleCountries = roleCountries
        self.roleCountryLists = roleCountryLists
        self.rolePosition = rolePosition
        self.roleGrantStart = roleGrantStart
        var rolePlaces: [String: Place] = [:]
        for code in Set(roleCountryLists.joined()) {
            rolePlaces[code] = Self.countryPlace(code, catalogue: catalogue)
        }
        self.rolePlaces = rolePlaces
        self.idsAreUnique = idsAreUnique

        var offeringPosition: [String: Int] = [:]
        for (i, offering) in map.offerings.enumerated() where offeringPosition[offering.id] == nil {
            offeringPosition[offering.id] = i
        }
        self.offeringPosition = offeringPosition
        self.exceptions = ExceptionIndex(map.exceptions)
        var exceptionByID: [String: ClaimException] = [:]
        for exception in map.exceptions where exceptionByID[exception.id] == nil {
            exceptionByID[exception.id] = exception
        }
        self.exceptionByID = exceptionByID
    }

    // MARK: Lookups

    /// For each flow, the system id of each step (for the evaluation's finding indexes, made
    /// when a screen first asks).
    var stepSystems: [String: [String]] {
        var stepSystems: [String: [String]] = [:]
        for flow in map.flows where stepSystems[flow.id] == nil { stepSystems[flow.id] = flow.steps.map(\.system) }
        return stepSystems
    }

    func system(_ position: Int) -> DataSystem { map.systems[position] }

    /// The slot of every member of an aspect (`OfferingScope.slot`), by position.
    func memberSlots(_ aspect: ClaimScope) -> [Int] {
        switch aspect {
        case .storage: return systemSlot
        case .copies: return copySlot
        case .processing: return stepSlot
        case .access: return grantSlot
        }
    }

    /// The first system with the same id as system `position` (itself on a map of unique ids).
    func canonicalSystem(_ position: Int) -> Int {
        idsAreUnique ? position : systemPosition[map.systems[position].id] ?? position
    }

    /// The first role with the same id as role `position`.
    func canonicalRole(_ position: Int) -> Int {
        idsAreUnique ? position : rolePosition[map.roles[position].id] ?? position
    }

    /// The first flow with the same id as flow `position`.
    func canonicalFlow(_ position: Int) -> Int {
        idsAreUnique ? position : flowPosition[map.flows[position].id] ?? position
    }

    /// The first copy with these ends and kind.
    func copy(from: String, to: String, kind: CopyKind) -> DataCopy? {
        copyPositions.position(of: CopyKey(from: from, to: to, kind: kind)).map { map.copies[$0] }
    }

    func exception(_ id: String) -> ClaimException? { exceptionByID[id] }

    /// The positions in `grants` of role `role`'s grants.
    func grantRange(ofRole role: Int) -> Range<Int> {
        let start = roleGrantStart[role]
        let end = role + 1 < roleGrantStart.count ? roleGrantStart[role + 1] : grants.count
        return start..<end
    }

    func location(ofSystem position: Int) -> ResolvedLocation { locations[systemLocation[position]] }

    /// What copy `copy` carries, given what its source holds.
    func carried(byCopy copy: Int, from source: CategorySet) -> CategorySet {
        guard let to = copyTo[copy] else { return source }
        return CopyPropagation.carried(source, into: declared[to])
    }

    func categoryIDs(_ set: CategorySet) -> [String] {
        set.positions.map { categories[$0].id }
    }

    func categoryNames(_ set: CategorySet) -> [String] {
        set.positions.map { categories[$0].name }
    }

    /// "customer records and contact details": a data set as it reads mid-sentence.
    func dataPhrase(_ set: CategorySet) -> String {
        Wording.list(set.positions.map { midSentenceNames[$0] })
    }

    /// The catalogue's place for a country code, or a bare one built from the code.
    func countryPlace(_ alpha2: String) -> Place {
        if let place = rolePlaces[alpha2] { return place }
        return Self.countryPlace(alpha2, catalogue: catalogue)
    }

    static func countryPlace(_ alpha2: String, catalogue: RegionCatalogue) -> Place {
        if let place = catalogue.place(for: alpha2), place.isCountry { return place }
        let name = catalogue.country(alpha2)?.name ?? alpha2
        return Place(code: alpha2, provider: nil, displayName: name, city: nil, country: alpha2,
                     jurisdiction: alpha2, countries: [alpha2])
    }

    static func isRequestPayload(_ category: DataCategory) -> Bool {
        category.id.lowercased().contains("payload") || category.name.lowercased().contains("payload")
    }
}

private struct LocationKey: Hashable {
    let location: Location
    let dpf: Bool
}

private struct CopyKey: Hashable {
    let from: String
    let to: String
    let kind: CopyKind
}

/// The first copy with each ends and kind, built once on first use. `@unchecked Sendable`
/// because of the one mutable field: every read and write of `built` happens under `lock`; the
/// copies are immutable.
private final class CopyPositions: @unchecked Sendable {
    private let copies: [DataCopy]
    private let lock = NSLock()
    private var built: [CopyKey: Int]?

    init(copies: [DataCopy]) {
        self.copies = copies
    }

    func position(of key: CopyKey) -> Int? {
        lock.withLock {
            if let built { return built[key] }
            var positions: [CopyKey: Int] = [:]
            positions.reserveCapacity(copies.count)
            for (i, copy) in copies.enumerated() {
                let key = CopyKey(from: copy.from, to: copy.to, kind: copy.kind)
                if positions[key] == nil { positions[key] = i }
            }
            built = positions
            return positions[key]
        }
    }
}

/// One flow step, by position: flow `flow`, step `step` (from 0), into system `system`.
struct StepRef: Sendable {
    let flow: Int
    let step: Int
    let system: Int?
    let data: CategorySet
}

/// One access grant, by position: role `role`, grant `grant`, on system `system`.
struct GrantRef: Sendable {
    let role: Int
    let grant: Int
    let system: Int?
}

/// A location with its codes resolved once.
struct ResolvedLocation: Sendable {
    let isUnknown: Bool
    /// Whether the systems here are certified under the EU-US Data Privacy Framework.
    let dpf: Bool
    let places: [Place]
    /// Codes the catalogue does not know.
    let unresolved: [String]

    init(_ location: Location, dpf: Bool = false, catalogue: RegionCatalogue, cache: inout [String: Place?]) {
        self.dpf = dpf
        switch location {
        case .unknown:
            isUnknown = true
            places = []
            unresolved = []
        case .places(let codes):
            var places: [Place] = []
            var unresolved: [String] = []
            for code in codes {
                let place: Place?
                if let cached = cache[code] {
                    place = cached
                } else {
                    place = catalogue.place(for: code)
                    cache[code] = place
                }
                if let place { places.append(place) } else { unresolved.append(code) }
            }
            isUnknown = codes.isEmpty
            self.places = places
            self.unresolved = unresolved
        }
    }

    /// The jurisdictions of every resolved place.
    var jurisdictions: Set<String> { Set(places.map(\.jurisdiction)) }
}

/// Exceptions by claim and target, so each breach finds its exception in constant time.
struct ExceptionIndex: Sendable {
    private let byClaim: [String: [ExceptionTarget: [ClaimException]]]

    init(_ exceptions: [ClaimException]) {
        var byClaim: [String: [ExceptionTarget: [ClaimException]]] = [:]
        for exception in exceptions {
            byClaim[exception.claim, default: [:]][exception.covers, default: []].append(exception)
        }
        self.byClaim = byClaim
    }

    /// The exceptions for a claim that name any of `targets`, in map order of the targets given.
    func exceptions(claim: String, targets: [ExceptionTarget]) -> [ClaimException] {
        guard let forClaim = byClaim[claim] else { return [] }
        return targets.flatMap { forClaim[$0] ?? [] }
    }

    var isEmpty: Bool { byClaim.isEmpty }

    func hasExceptions(claim: String) -> Bool { byClaim[claim] != nil }
}

/// Spreads data along copies: a backup holds what its source holds.
enum CopyPropagation {
    /// Copies that store what they carry where they land: a claim about storage counts them.
    /// (An export or a sync hands data to another tool; the copies aspect judges those.)
    static func stores(_ kind: CopyKind) -> Bool {
        switch kind {
        case .backup, .replica, .drFailover, .restoreTest, .stagingCopy: return true
        case .export, .sync: return false
        }
    }

    /// What a copy carries from a source holding `source` into a target that declares `target`:
    /// everything, unless the target lists what it holds, and then only that. A map that says
    /// "the CRM sync holds contact details" is taken at its word.
    static func carried(_ source: CategorySet, into target: CategorySet) -> CategorySet {
        target.isEmpty ? source : source.intersection(target)
    }

    /// Starting from `start` (per system), adds what each copy carries to its target until
    /// nothing changes. A system re-enters the work list only when it gained something, and a
    /// set can only grow a bounded number of times, so this stays linear in practice.
    static func propagate(start: [CategorySet], declared: [CategorySet], copyFrom: [Int?], copyTo: [Int?]) -> [CategorySet] {
        var held = start
        var copiesOut = Array(repeating: [Int](), count: start.count)
        for (i, from) in copyFrom.enumerated() {
            if let from, copyTo[i] != nil { copiesOut[from].append(i) }
        }
        var work = Array(start.indices.filter { !start[$0].isEmpty && !copiesOut[$0].isEmpty })
        var queued = Array(repeating: false, count: start.count)
        for s in work { queued[s] = true }
        while let source = work.popLast() {
            queued[source] = false
            for copy in copiesOut[source] {
                guard let target = copyTo[copy], target != source else { continue }
                let arriving = carried(held[source], into: declared[target])
                if held[target].formUnion(arriving), !queued[target], !copiesOut[target].isEmpty {
                    queued[target] = true
                    work.append(target)
                }
            }
        }
        return held
    }
}
