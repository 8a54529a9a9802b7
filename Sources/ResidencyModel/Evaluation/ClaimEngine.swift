/// Checks claims against one map. Built once per evaluation, immutable, shared by every
/// `ClaimResult` of that evaluation so their details can be worked out when first asked for.
///
/// Everything a claim needs is prepared here in time linear in the map: each offering's members
/// grouped by data category and location (`OfferingScope`), and where every location and every
/// role's country list stands against every region a claim promises. A verdict then costs about
/// the number of distinct locations in the claim's categories. A claim's sites (what breaks or is
/// not confirmed, as positions) cost about their number; counts and the honest answer come from
/// them with words only for what the answer shows; the full list of worded breaches costs about
/// its own length.
final class ClaimEngine: Sendable {
    let index: MapIndex
    let today: ISODate
    let wording: Wording
    private let scopes: [String: OfferingScope]
    private let regionIDs: [RegionSpec: Int]
    /// Per region: the class of each location slot (`locationID * 2 + certain`).
    private let locationClasses: [[PlaceClass]]
    /// Per region: the class of each interned role country list.
    private let countryClasses: [[PlaceClass]]
    /// The same classes without their places, for loops over members.
    private let locationKinds: [[SlotKind]]
    private let countryKinds: [[SlotKind]]
    /// Per region: whether each location is inside only because its systems are certified under
    /// the Data Privacy Framework (an EEA+adequacy region admitting the US).
    private let insideUnderDPF: [[Bool]]
    /// Per region: whether it admits certified US systems at all (EEA+adequacy).
    private let admitsDPF: [Bool]
    /// Per claim with exceptions: the members they name.
    private let reach: [String: ExceptionReach]
    /// Places in words per region, and other words every claim's answer needs, made on first use.
    let words: EngineWords

    /// The order aspects are reported in: where data sits, where it travels, where it is copied,
    /// who opens it.
    static let aspectOrder: [ClaimScope] = [.storage, .processing, .copies, .access]

    /// Prepares every claim in the map, plus `extraClaims` (claims a caller checks that the map
    /// does not hold, such as an exporter's implied "everything stays in the region").
    init(index: MapIndex, today: ISODate, extraClaims: [Claim] = []) {
        self.index = index
        self.today = today
        self.wording = Wording(catalogue: index.catalogue)

        var scopes: [String: OfferingScope] = [:]
        var regionIDs: [RegionSpec: Int] = [:]
        var locationClasses: [[PlaceClass]] = []
        var countryClasses: [[PlaceClass]] = []
        var insideUnderDPF: [[Bool]] = []
        var admitsDPF: [Bool] = []
        var flowOfferings: [[String]]?
        for claim in index.map.claims + extraClaims {
            guard let position = index.offeringPosition[claim.offering] else { continue }
            if scopes[claim.offering] == nil {
                let dedicated = flowOfferings ?? OfferingScope.dedicatedOfferings(index)
                flowOfferings = dedicated
                scopes[claim.offering] = OfferingScope(offering: claim.offering, index: index, flowOfferings: dedicated)
            }
            let region = claim.region ?? index.map.offerings[position].region
            guard regionIDs[region] == nil, let countries = index.catalogue.countries(in: region) else { continue }
            regionIDs[region] = locationClasses.count
            var insideByPlace: [String: Bool] = [:]
            let dpfCountries = index.catalogue.countriesUnderDPF(in: region)
            let widened = countries.union(dpfCountries)
            var insideByPlaceUnderDPF: [String: Bool] = [:]
            var underDPF: [Bool] = []
            var classes: [PlaceClass] = []
            classes.reserveCapacity(index.locations.count * 2)
            for location in index.locations {
                var placeClass = Self.classify(location, region: countries, insideByPlace: &insideByPlace)
                var viaDPF = false
                if location.dpf, !dpfCountries.isEmpty, placeClass.isOutside {
                    // A certified system's US places count as adequate; any other place still breaks.
                    placeClass = Self.classify(location, region: widened, insideByPlace: &insideByPlaceUnderDPF)
                    viaDPF = !placeClass.isOutside
                }
                underDPF.append(viaDPF)
                if case .inside(let places, _) = placeClass {
                    classes.append(.inside(places, certain: false))
                    classes.append(.inside(places, certain: true))
                } else {
                    classes.append(placeClass)
                    classes.append(placeClass)
                }
            }
            locationClasses.append(classes)
            insideUnderDPF.append(underDPF)
            admitsDPF.append(!dpfCountries.isEmpty)
            countryClasses.append(index.roleCountryLists.map { Self.classify(countries: $0, region: countries, index: index) })
        }
        self.scopes = scopes
        self.regionIDs = regionIDs
        self.locationClasses = locationClasses
        self.countryClasses = countryClasses
        self.locationKinds = locationClasses.map { $0.map(\.kind) }
        self.countryKinds = countryClasses.map { $0.map(\.kind) }
        self.insideUnderDPF = insideUnderDPF
        self.admitsDPF = admitsDPF
        self.reach = ExceptionReach.byClaim(index)
        self.words = EngineWords(regions: locationClasses.count, locations: index.locations.count,
                                 countryLists: index.roleCountryLists.count)
    }

    // MARK: Plans

    func plan(_ claim: Claim) -> ClaimPlan {
        let offering = index.offeringPosition[claim.offering].map { index.map.offerings[$0] }
        let region = claim.region ?? offering?.region ?? RegionSpec([String]())
        let data = claim.data.map { CategorySet($0.compactMap { index.categoryPosition[$0] }) } ?? index.personal
        let dataIDs = index.categoryIDs(data)
        let aspects = Self.aspectOrder.filter(claim.effectiveScope.contains)
        var problem: Uncertainty?
        let regionID = regionIDs[region]
        if offering == nil {
            problem = Uncertainty(aspect: nil, subject: .claim(claim.id), reason: .missingOffering, data: dataIDs,
                                  message: "The claim is for offering \(claim.offering), which the map does not have.")
        } else if regionID == nil {
            let terms = index.catalogue.unknownTerms(in: region)
            problem = Uncertainty(
                aspect: nil, subject: .claim(claim.id), reason: .unresolvedRegion, data: dataIDs,
                message: "The promised region \(region.displayName) has terms resmap does not know: \(terms.joined(separator: ", "))."
            )
        }
        return ClaimPlan(claim: claim, offering: offering, region: region, regionID: problem == nil ? regionID : nil,
                         data: data, dataIDs: dataIDs, aspects: aspects, problem: problem,
                         regionPhrase: wording.regionPhrase(region))
    }

    // MARK: Verdicts

    /// The verdict alone, without building the breach list: stops at the first open breach.
    /// Always equal to `ClaimResult.verdict(breaches:uncertainties:)` of the full details.
    func verdict(_ plan: ClaimPlan) -> Verdict {
        guard plan.problem == nil, let regionID = plan.regionID, let scope = scopes[plan.claim.offering] else { return .unknown }
        let hasExceptions = index.exceptions.hasExceptions(claim: plan.claim.id)
        var covered = false
        var uncertain = false
        var mapped: Set<ClaimScope> = []
        for aspect in plan.aspects {
            let groups = scope.groups(for: aspect)
            for category in plan.data.positions {
                let (slots, ranges) = groups.groups(category: category)
                for (slot, range) in zip(slots, ranges) {
                    mapped.insert(aspect)
                    switch slotKind(aspect: aspect, slot: slot, region: regionID) {
                    case .insideConfirmed:
                        continue
                    case .outside:
                        guard hasExceptions else { return .broken }
                        for member in groups.members[range] {
                            if coverage(aspect: aspect, member: member, claim: plan.claim.id).active == nil { return .broken }
                            covered = true
                        }
                    default:
                        uncertain = true
                    }
                }
            }
        }
        let gaps = self.gaps(plan, scope: scope, mapped: mapped)
        if gaps.nothing || !gaps.unmapped.isEmpty { uncertain = true }
        return uncertain ? .unknown : (covered ? .holdsWithExceptions : .holds)
    }

    /// What the map does not describe for a claim, given the aspects with something mapped: the
    /// whole claim (nothing holds its data, or nothing stores it when storage is in scope), or
    /// aspects with nothing mapped that the offering does not declare it has none of.
    private func gaps(_ plan: ClaimPlan, scope: OfferingScope, mapped: Set<ClaimScope>) -> (nothing: Bool, unmapped: [ClaimScope]) {
        if plan.aspects.contains(.storage) && !mapped.contains(.storage) { return (true, []) }
        if mapped.isEmpty {
            let held = plan.data.positions.contains { !scope.storage.groups(category: $0).slots.isEmpty }
            if !held { return (true, []) }
        }
        let declared = plan.offering?.hasNone ?? []
        return (false, plan.aspects.filter { $0 != .storage && !mapped.contains($0) && !declared.contains($0) })
    }

    // MARK: Scanning a claim

    /// The claim's sites in report order: every member of its scope not confirmed inside the
    /// region, with its data and exception, but no words. Costs about the number of location
    /// groups plus the number of sites (never the whole map per claim when few things break).
    func scan(_ plan: ClaimPlan) -> ClaimScan {
        var scan = ClaimScan()
        guard plan.problem == nil, let regionID = plan.regionID, let scope = scopes[plan.claim.offering] else {
            scan.problem = plan.problem
            return scan
        }
        let reach = self.reach[plan.claim.id]
        let hasExceptions = reach != nil
        var mapped: Set<ClaimScope> = []
        // Confirmed in-region storage: the first system stored at each slot.
        var confirmedStorage: [Int: Int] = [:]
        var seenUnderDPF: Set<Int> = []
        for aspect in plan.aspects {
            let groups = scope.groups(for: aspect)
            let kinds = aspect == .access ? countryKinds[regionID] : locationKinds[regionID]
            // Members of every group not confirmed inside, with repeats (a member holding two of
            // the claim's categories is in two groups).
            var gathered: [Int] = []
            for category in plan.data.positions {
                let (slots, ranges) = groups.groups(category: category)
                for (slot, range) in zip(slots, ranges) {
                    mapped.insert(aspect)
                    if slot >= 0, kinds[slot] == .insideConfirmed {
                        if aspect == .storage, let first = groups.members[range].first, first < confirmedStorage[slot] ?? Int.max {
                            confirmedStorage[slot] = first
                        }
                        if aspect != .access, insideUnderDPF[regionID][slot >> 1] {
                            for member in groups.members[range] {
                                guard let system = Self.system(aspect, member: member, index: index),
                                      seenUnderDPF.insert(system).inserted else { continue }
                                scan.underDPFCount += 1
                                if scan.underDPF.count < ClaimScan.dpfShown { scan.underDPF.append((system, slot)) }
                            }
                        }
                        continue
                    }
                    gathered.append(contentsOf: groups.members[range])
                }
            }
            if gathered.isEmpty { continue }
            // The loop below runs for every breach of every claim: its tables are read once.
            let memberData = scope.memberData(aspect)
            let slots = index.memberSlots(aspect)
            let claimData = plan.data
            for member in Self.inOrder(gathered, count: memberData.count) {
                let data = memberData[member].intersection(claimData)
                if data.isEmpty { continue }
                let slot = slots[member]
                let kind = slot < 0 ? SlotKind.missingSystem : kinds[slot]
                if kind == .insideConfirmed { continue }
                var coverage: Int?
                if kind == .outside, hasExceptions, reach?.mayCover(aspect, member: member, index: index) == true {
                    coverage = self.coverage(plan, aspect: aspect, member: member, coverages: &scan.coverages)
                }
                scan.append(aspect: aspect, member: member, slot: slot, data: data, kind: kind, coverage: coverage)
            }
        }
        let gaps = self.gaps(plan, scope: scope, mapped: mapped)
        scan.nothingInScope = gaps.nothing
        scan.unmapped = gaps.unmapped
        scan.confirmedStorage = confirmedStorage.sorted { $0.value < $1.value }.map { slot, first in
            guard case .inside(let places, _) = locationClasses[regionID][slot] else { return (first, []) }
            return (first, places)
        }
        return scan
    }

    /// The system a member of a location aspect is at: stored in, copied into, or stepped into.
    private static func system(_ aspect: ClaimScope, member: Int, index: MapIndex) -> Int? {
        switch aspect {
        case .storage: return member
        case .copies: return index.copyTo[member]
        case .processing: return index.steps[member].system
        case .access: return index.grants[member].system
        }
    }

    /// Distinct members in ascending order: sorted when few, read off a mark per member when many.
    private static func inOrder(_ members: [Int], count: Int) -> [Int] {
        if members.count < 2 { return members }
        if members.count * 32 < count {
            var result: [Int] = []
            result.reserveCapacity(members.count)
            for member in members.sorted() where member != result.last { result.append(member) }
            return result
        }
        var marked = [Bool](repeating: false, count: count)
        for member in members where member >= 0 && member < count { marked[member] = true }
        var result: [Int] = []
        result.reserveCapacity(members.count)
        for member in 0..<count where marked[member] { result.append(member) }
        return result
    }

    /// Adds one member to `scan` as a site unless it is out of the claim's scope or confirmed inside.
    private func addSite(
        _ plan: ClaimPlan, aspect: ClaimScope, member: Int, scope: OfferingScope, region: Int, reach: ExceptionReach?,
        to scan: inout ClaimScan
    ) {
        let data = scope.data(aspect, member: member, index: index).intersection(plan.data)
        if data.isEmpty { return }
        let slot = OfferingScope.slot(aspect, member: member, index: index)
        let kind = slotKind(aspect: aspect, slot: slot, region: region)
        if kind == .insideConfirmed { return }
        var coverage: Int?
        if kind == .outside, reach?.mayCover(aspect, member: member, index: index) == true {
            coverage = self.coverage(plan, aspect: aspect, member: member, coverages: &scan.coverages)
        }
        scan.append(aspect: aspect, member: member, slot: slot, data: data, kind: kind, coverage: coverage)
    }

    /// The exceptions naming a breached member, recorded in `coverages` (its index there), or nil
    /// when none names it.
    private func coverage(_ plan: ClaimPlan, aspect: ClaimScope, member: Int, coverages: inout [SiteCoverage]) -> Int? {
        let found = coverage(aspect: aspect, member: member, claim: plan.claim.id)
        guard found.active != nil || found.lapsed != nil else { return nil }
        coverages.append(SiteCoverage(active: found.active, lapsed: found.lapsed))
        return coverages.count - 1
    }

    // MARK: Details, digest and answer

    /// Every breach and uncertainty of a scan, worded, with the answer made from the same scan;
    /// with a `limit`, only the first `limit` breaches and the first `limit` uncertainties are
    /// worded (a report that prints the first few of each).
    func details(_ plan: ClaimPlan, scan: ClaimScan, answer: HonestAnswer, limit: Int = .max) -> ClaimDetails {
        var breaches: [Breach] = []
        var uncertainties: [Uncertainty] = []
        if let problem = scan.problem, limit > 0 { uncertainties.append(problem) }
        if let region = plan.regionID {
            let words = SiteWording(engine: self, plan: plan, region: region, sites: scan.sites)
            for site in scan.sites {
                // An outside site is worded as a breach, any other as an uncertainty.
                if site.isOutside ? breaches.count >= limit : uncertainties.count >= limit {
                    if breaches.count >= limit && uncertainties.count >= limit { break }
                    continue
                }
                switch words.outcome(site, data: scan.data(of: site), coverage: scan.coverage(of: site)) {
                case .breach(let breach): breaches.append(breach)
                case .uncertainty(let uncertainty): uncertainties.append(uncertainty)
                }
            }
        }
        if scan.nothingInScope { uncertainties.append(nothingInScope(plan)) }
        uncertainties += scan.unmapped.map { notMapped(plan, aspect: $0) }
        return ClaimDetails(breaches: breaches, uncertainties: Array(uncertainties.prefix(limit)), answer: answer)
    }

    /// Counts, the first open breach and first uncertainty, and the honest answer, worded from
    /// the scan alone: the cost of the answer is its groups, not every breach.
    func digest(_ plan: ClaimPlan, scan: ClaimScan) -> ClaimDigest {
        let counts = scan.counts
        var firstOpen: Breach?
        var firstUncertainty: Uncertainty? = scan.problem
        let places: PlaceWordTable
        if let region = plan.regionID {
            let words = SiteWording(engine: self, plan: plan, region: region, sites: scan.sites)
            places = words.places
            if let site = scan.sites.first(where: { $0.isOutside && !scan.isCovered($0) }),
               case .breach(let breach) = words.outcome(site, data: scan.data(of: site), coverage: scan.coverage(of: site)) {
                firstOpen = breach
            }
            if let site = scan.sites.first(where: { !$0.isOutside }),
               case .uncertainty(let uncertainty) = words.outcome(site, data: scan.data(of: site), coverage: nil) {
                firstUncertainty = uncertainty
            }
        } else {
            places = PlaceWordTable(locationWords: [], countryWords: [], texts: [])
        }
        if firstUncertainty == nil, scan.nothingInScope { firstUncertainty = nothingInScope(plan) }
        if firstUncertainty == nil, let aspect = scan.unmapped.first { firstUncertainty = notMapped(plan, aspect: aspect) }
        let tables = words.mapTables { MapWordTables(index: index) }
        let answer = AnswerWriter(engine: self, tables: tables, places: places, plan: plan, scan: scan, counts: counts).answer()
        return ClaimDigest(openBreachCount: counts.open, coveredBreachCount: counts.covered, uncertaintyCount: counts.uncertain,
                           firstOpenBreach: firstOpen, firstUncertainty: firstUncertainty, answer: answer)
    }

    private func nothingInScope(_ plan: ClaimPlan) -> Uncertainty {
        let what = index.dataPhrase(plan.data)
        let name = plan.offering?.name ?? plan.claim.offering
        return Uncertainty(
            aspect: plan.aspects.contains(.storage) ? .storage : nil,
            subject: .claim(plan.claim.id), reason: .nothingInScope, data: plan.dataIDs,
            message: "The map shows no system holding \(what.isEmpty ? "the claimed data" : what) for \(name)."
        )
    }

    private func notMapped(_ plan: ClaimPlan, aspect: ClaimScope) -> Uncertainty {
        let what = index.dataPhrase(plan.data)
        let data = what.isEmpty ? "the claimed data" : what
        let name = plan.offering?.name ?? plan.claim.offering
        let message: String
        switch aspect {
        case .access: message = "Access is not mapped: the map lists no role that can open \(data) for \(name)."
        case .processing: message = "Processing is not mapped: the map traces no flow step carrying \(data) for \(name)."
        case .copies: message = "Copies are not mapped: the map lists no copy of \(data) for \(name)."
        case .storage: message = "Storage is not mapped: the map shows no system holding \(data) for \(name)."
        }
        return Uncertainty(aspect: aspect, subject: .claim(plan.claim.id), reason: .aspectNotMapped, data: plan.dataIDs,
                           message: message)
    }

    /// Whether region `region` (an interned id) admits US systems certified under the DPF.
    func admitsDPF(region: Int) -> Bool { admitsDPF[region] }

    /// The places of the given sites in words against region `region`, from the shared cache.
    func placeWords(region: Int, sites: [ClaimSite]) -> PlaceWordTable {
        var locations: [Int] = []
        var countryLists: [Int] = []
        for site in sites {
            if site.aspect == .access {
                if site.slot != countryLists.last { countryLists.append(site.slot) }
            } else if site.slot >= 0, site.slot >> 1 != locations.last {
                locations.append(site.slot >> 1)
            }
        }
        return words.table(
            region: region, locations: locations, countryLists: countryLists,
            describeLocation: { location in
                switch self.locationClasses[region][location * 2 + 1] {
                case .inside(let places, _), .outside(let places): return self.wording.describe(places)
                default: return ""
                }
            },
            describeCountries: { list in
                guard case .outside(let places) = self.countryClasses[region][list] else { return "" }
                return Wording.list(places.compactMap(\.country).map(self.wording.countryPhrase))
            }
        )
    }

    // MARK: Breaches at one element

    /// The breaches an approved, unexpired exception covers, in report order. Costs about the
    /// members the claim's exceptions name, not the size of the map.
    func coveredBreaches(_ plan: ClaimPlan) -> [Breach] {
        guard let reach = reach[plan.claim.id] else { return [] }
        let systems = reach.systems.sorted()
        return collect(plan, covered: true) { aspect in
            switch aspect {
            case .storage:
                return reach.landings.isEmpty ? systems : Array(reach.systems.union(reach.landings)).sorted()
            case .copies:
                return Self.inOrder(systems.flatMap { index.copiesInto[$0] } + Array(reach.copies), count: index.map.copies.count)
            case .processing:
                return Self.inOrder(Array(reach.steps) + systems.flatMap { index.stepsBySystem[$0] }, count: index.steps.count)
            case .access:
                return reach.roles.sorted().flatMap { role in Array(index.grantRange(ofRole: role)) }
            }
        }
    }

    /// The claim's breaches that involve system `system` (a position): stored there, copied
    /// into or out of it, processed there, or opened there. In aspect order, then map order.
    func breaches(_ plan: ClaimPlan, involvingSystem system: Int) -> [Breach] {
        collect(plan) { aspect in
            switch aspect {
            case .storage: return [system]
            case .copies: return (index.copiesInto[system] + index.copiesFrom[system]).sorted()
            case .processing: return index.stepsBySystem[system]
            case .access: return index.grantsBySystem[system]
            }
        }
    }

    /// The claim's access breaches by role `role` (a position).
    func breaches(_ plan: ClaimPlan, involvingRole role: Int) -> [Breach] {
        collect(plan) { $0 == .access ? Array(index.grantRange(ofRole: role)) : [] }
    }

    /// The claim's processing breach at one step (a position in the flattened step list).
    func breaches(_ plan: ClaimPlan, atStep step: Int) -> [Breach] {
        collect(plan) { $0 == .processing ? [step] : [] }
    }

    /// The breaches among the given members of each aspect (only covered ones, with `covered`).
    private func collect(_ plan: ClaimPlan, covered: Bool = false, members: (ClaimScope) -> [Int]) -> [Breach] {
        guard plan.problem == nil, let regionID = plan.regionID, let scope = scopes[plan.claim.offering] else { return [] }
        let reach = self.reach[plan.claim.id]
        var scan = ClaimScan()
        for aspect in plan.aspects {
            for member in members(aspect) {
                addSite(plan, aspect: aspect, member: member, scope: scope, region: regionID, reach: reach, to: &scan)
            }
        }
        let words = SiteWording(engine: self, plan: plan, region: regionID, sites: scan.sites)
        return scan.sites.compactMap { site in
            guard site.isOutside, !covered || scan.isCovered(site),
                  case .breach(let breach) = words.outcome(site, data: scan.data(of: site), coverage: scan.coverage(of: site))
            else { return nil }
            return breach
        }
    }

    // MARK: One member

    func placeClass(aspect: ClaimScope, slot: Int, region: Int) -> PlaceClass {
        if aspect == .access { return countryClasses[region][slot] }
        if slot == OfferingScope.missingSystem { return .missingSystem }
        return locationClasses[region][slot]
    }

    func slotKind(aspect: ClaimScope, slot: Int, region: Int) -> SlotKind {
        if aspect == .access { return countryKinds[region][slot] }
        if slot == OfferingScope.missingSystem { return .missingSystem }
        return locationKinds[region][slot]
    }

    /// The exception targets that could cover one member's breach.
    private func targets(aspect: ClaimScope, member: Int) -> [ExceptionTarget] {
        let map = index.map
        switch aspect {
        case .storage:
            // A copy exception covers what its copy stores where it lands.
            var targets: [ExceptionTarget] = [.system(map.systems[member].id)]
            for c in index.copiesInto[member] where CopyPropagation.stores(map.copies[c].kind) {
                let copy = map.copies[c]
                targets.append(.copy(from: copy.from, to: copy.to, kind: copy.kind))
            }
            return targets
        case .copies:
            let copy = map.copies[member]
            return [.system(copy.to), .copy(from: copy.from, to: copy.to, kind: copy.kind)]
        case .processing:
            let step = index.steps[member]
            let flow = map.flows[step.flow]
            return [.flowStep(flow: flow.id, step: step.step + 1), .system(flow.steps[step.step].system)]
        case .access:
            return [.role(map.roles[index.grants[member].role].id)]
        }
    }

    private func coverage(aspect: ClaimScope, member: Int, claim: String) -> (active: ClaimException?, lapsed: ClaimException?) {
        coverage(targets: targets(aspect: aspect, member: member), claim: claim)
    }

    /// The first active exception naming any target, else the latest lapsed one.
    private func coverage(targets: [ExceptionTarget], claim: String) -> (active: ClaimException?, lapsed: ClaimException?) {
        let candidates = index.exceptions.exceptions(claim: claim, targets: targets)
        if let active = candidates.first(where: { $0.isActive(on: today) }) { return (active, nil) }
        return (nil, candidates.max { ($0.expires ?? today) < ($1.expires ?? today) })
    }


    // MARK: Classification

    /// Where a location stands against a region (as confirmed; the caller adds the uncertain
    /// twin). `insideByPlace` remembers each place's answer, since locations share places.
    static func classify(_ location: ResolvedLocation, region: Set<String>, insideByPlace: inout [String: Bool]) -> PlaceClass {
        if location.isUnknown { return .unknownLocation }
        // A place is inside only if every country it may be in is; a location only if all its places are.
        let outside = location.places.filter { place in
            if let known = insideByPlace[place.code] { return !known }
            let inside = !place.countries.isEmpty && place.countries.isSubset(of: region)
            insideByPlace[place.code] = inside
            return !inside
        }
        if !outside.isEmpty { return .outside(outside) }
        if !location.unresolved.isEmpty { return .unresolved(location.unresolved) }
        return .inside(location.places, certain: true)
    }

    static func classify(countries: [String], region: Set<String>, index: MapIndex) -> PlaceClass {
        if countries.isEmpty { return .countriesUnknown }
        let outside = countries.filter { !region.contains($0) }
        if !outside.isEmpty { return .outside(outside.map(index.countryPlace)) }
        let unknown = countries.filter { index.catalogue.country($0) == nil }
        if !unknown.isEmpty { return .unresolved(unknown) }
        // Where access is inside, nothing reports its places.
        return .inside([], certain: true)
    }

    // MARK: Wording of one breach or uncertainty

    /// A site as a breach or an uncertainty, with its message. `words` are its places in words,
    /// `dataPhrase` its data ("customer records and contact details").
    func outcome(
        _ site: ClaimSite, data dataSet: CategorySet, region: Int, plan: ClaimPlan, words: String, dataPhrase: String,
        coverage: SiteCoverage?
    ) -> Outcome {
        let map = index.map
        let aspect = site.aspect
        let member = site.member
        let placeClass = self.placeClass(aspect: aspect, slot: site.slot, region: region)
        let data = index.categoryIDs(dataSet)
        let regionPhrase = plan.regionPhrase

        let subject: MapElement
        let systemPosition: Int?
        let systemID: String
        var accessDetail: AccessDetail?
        var roleName = ""
        let lead: String

        switch aspect {
        case .storage:
            let system = map.systems[member]
            subject = .system(system.id)
            systemPosition = member
            systemID = system.id
            lead = "\(system.name) keeps \(dataPhrase)"
        case .copies:
            let copy = map.copies[member]
            subject = .copy(from: copy.from, to: copy.to, kind: copy.kind)
            systemPosition = index.copyTo[member]
            systemID = copy.to
            let fromName = index.copyFrom[member].map { map.systems[$0].name } ?? copy.from
            let toName = systemPosition.map { map.systems[$0].name } ?? copy.to
            lead = Wording.capitalized("\(copy.kind.cachedLabel) of \(fromName) to \(toName) carries \(dataPhrase)")
        case .processing:
            let step = index.steps[member]
            let flow = map.flows[step.flow]
            let systemName = step.system.map { map.systems[$0].name } ?? flow.steps[step.step].system
            subject = .flowStep(flow: flow.id, step: step.step + 1)
            systemPosition = step.system
            systemID = flow.steps[step.step].system
            lead = "Step \(step.step + 1) of \(flow.name) sends \(dataPhrase) to \(systemName)"
        case .access:
            let grantRef = index.grants[member]
            let role = map.roles[grantRef.role]
            let grant = role.access[grantRef.grant]
            roleName = role.name
            subject = .access(role: role.id, system: grant.system)
            systemPosition = grantRef.system
            systemID = grant.system
            let systemName = systemPosition.map { map.systems[$0].name } ?? grant.system
            let people = role.headcount.map { " (\(Wording.count($0, "person", "people")))" } ?? ""
            lead = "\(role.name)\(people) can \(Self.accessVerb(grant.capabilities)) \(dataPhrase) in \(systemName)"
            if case .outside(let places) = placeClass {
                accessDetail = AccessDetail(
                    role: role.id, capabilities: grant.capabilities.sorted(), condition: grant.when,
                    recorded: grant.recorded, headcount: role.headcount, countries: places.compactMap(\.country)
                )
            }
        }

        let status = systemPosition.map { map.systems[$0].status } ?? .unknown
        let systemName = systemPosition.map { map.systems[$0].name } ?? systemID

        switch placeClass {
        case .outside(let places):
            var message: String
            if let accessDetail {
                message = "\(lead) from \(words), outside \(regionPhrase)\(Self.conditionPhrase(accessDetail))."
            } else {
                message = "\(lead) in \(words), outside \(regionPhrase)."
                if aspect == .copies, case .copy(_, _, .drFailover) = subject {
                    message += " The data stays in the region only until something breaks."
                }
                if admitsDPF[region], let basis = systemPosition.flatMap({ map.systems[$0].transferBasis }), basis != .dpf {
                    message += basis == .none ? " It has no transfer safeguard."
                        : " Its transfer basis, \(basis.phrase), is a safeguard, not adequacy."
                }
                if !status.isCertain {
                    message += status == .unknown
                        ? " (Location status not recorded.)"
                        : " (Location \(status.rawValue), not confirmed.)"
                }
            }
            let active = coverage?.active
            let expired = coverage?.lapsed
            let coveredBy = active?.id
            let lapsed = active == nil ? expired?.id : nil
            if let active {
                message += " Covered by exception \(active.id)" + (active.expires.map { " until \($0)" } ?? "") + "."
            } else if let expired {
                message += " Exception \(expired.id) expired" + (expired.expires.map { " on \($0)" } ?? "") + "."
            }
            return .breach(Breach(
                aspect: aspect, subject: subject, system: systemID, places: places,
                status: aspect == .access ? .confirmed : status, data: data, access: accessDetail,
                coveredBy: coveredBy, lapsedException: lapsed, message: message
            ))

        case .inside(let places, _):
            let reason: UncertaintyReason
            let why: String
            switch status {
            case .assumed:
                reason = .locationAssumed
                why = "\(systemName) is only assumed to run in \(words)"
            case .planned:
                reason = .locationPlanned
                why = "\(systemName) is only planned to run in \(words)"
            case .unknown, .confirmed:
                reason = .statusNotRecorded
                why = "nobody has recorded checking that \(systemName) runs in \(words)"
            }
            return .uncertainty(Uncertainty(aspect: aspect, subject: subject, reason: reason, data: data,
                                            places: places, message: "\(lead), but \(why)."))
        case .unknownLocation:
            return .uncertainty(Uncertainty(aspect: aspect, subject: subject, reason: .locationUnknown, data: data,
                                            message: "\(lead), but nobody has confirmed where \(systemName) runs."))
        case .unresolved(let codes):
            let what = aspect == .access ? "country codes" : "location codes"
            return .uncertainty(Uncertainty(
                aspect: aspect, subject: subject, reason: .unresolvedLocation, data: data,
                message: "\(lead), but the \(what) \(codes.joined(separator: ", ")) are not in the region catalogue."
            ))
        case .missingSystem:
            return .uncertainty(Uncertainty(aspect: aspect, subject: subject, reason: .missingSystem, data: data,
                                            message: "\(lead), but the map has no system \(systemID)."))
        case .countriesUnknown:
            return .uncertainty(Uncertainty(aspect: aspect, subject: subject, reason: .roleCountriesUnknown, data: data,
                                            message: "\(lead), but \(roleName) lists no countries, so where its people work is not known."))
        }
    }

    /// "open", "open and export", "administer".
    static func accessVerb(_ capabilities: [AccessCapability]) -> String {
        if capabilities.contains(.admin) { return "administer" }
        if capabilities.contains(.export) { return "open and export" }
        return "open"
    }

    /// ", only during incidents, sessions recorded" and the like; empty for standing, unrecorded access.
    static func conditionPhrase(_ detail: AccessDetail) -> String {
        var parts: [String] = []
        switch detail.condition {
        case .always: break
        case .incident: parts.append("only during incidents")
        case .approved: parts.append("only after approval")
        }
        if detail.recorded { parts.append("sessions recorded") }
        return parts.isEmpty ? "" : ", " + parts.joined(separator: ", ")
    }
}

/// Words for one batch of sites of one claim: places from the engine's shared cache, each data
/// set worded once. Lives for one call; never shared between threads.
struct SiteWording {
    let engine: ClaimEngine
    let plan: ClaimPlan
    let region: Int
    let places: PlaceWordTable
    private let dataPhrases = DataPhrases()

    init(engine: ClaimEngine, plan: ClaimPlan, region: Int, sites: [ClaimSite]) {
        self.engine = engine
        self.plan = plan
        self.region = region
        self.places = engine.placeWords(region: region, sites: sites)
    }

    func outcome(_ site: ClaimSite, data: CategorySet, coverage: SiteCoverage?) -> Outcome {
        engine.outcome(site, data: data, region: region, plan: plan, words: places.text(aspect: site.aspect, slot: site.slot),
                       dataPhrase: dataPhrases.phrase(data, index: engine.index), coverage: coverage)
    }
}

/// Data sets in words: thousands of breaches share a few data sets.
private final class DataPhrases {
    private var byData: [CategorySet: String] = [:]

    func phrase(_ set: CategorySet, index: MapIndex) -> String {
        if let known = byData[set] { return known }
        let words = index.dataPhrase(set)
        byData[set] = words
        return words
    }
}

enum Outcome {
    case breach(Breach)
    case uncertainty(Uncertainty)
}
