/// Checks claims against one map. Built once per evaluation, immutable, shared by every
/// `ClaimResult` of that evaluation so their details can be worked out when first asked for.
///
/// Everything a claim needs is prepared here in time linear in the map: each offering's members
/// grouped by data category and location (`OfferingScope`), and where every location and every
/// role's country list stands against every region a claim promises. A verdict then costs about
/// the number of distinct locations in the claim's categories; the full list of breaches costs
/// about its own length.
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
        for claim in index.map.claims + extraClaims {
            guard let position = index.offeringPosition[claim.offering] else { continue }
            if scopes[claim.offering] == nil {
                scopes[claim.offering] = OfferingScope(offering: claim.offering, index: index)
            }
            let region = claim.region ?? index.map.offerings[position].region
            guard regionIDs[region] == nil, let countries = index.catalogue.countries(in: region) else { continue }
            regionIDs[region] = locationClasses.count
            var insideByPlace: [String: Bool] = [:]
            var classes: [PlaceClass] = []
            classes.reserveCapacity(index.locations.count * 2)
            for location in index.locations {
                let placeClass = Self.classify(location, region: countries, insideByPlace: &insideByPlace)
                if case .inside(let places, _) = placeClass {
                    classes.append(.inside(places, certain: false))
                    classes.append(.inside(places, certain: true))
                } else {
                    classes.append(placeClass)
                    classes.append(placeClass)
                }
            }
            locationClasses.append(classes)
            countryClasses.append(index.roleCountryLists.map { Self.classify(countries: $0, region: countries, index: index) })
        }
        self.scopes = scopes
        self.regionIDs = regionIDs
        self.locationClasses = locationClasses
        self.countryClasses = countryClasses
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
        var anything = false
        var stored = false
        for aspect in plan.aspects {
            let buckets = scope.buckets(for: aspect)
            for category in plan.data.positions where category < buckets.count {
                for (slot, members) in buckets[category] {
                    anything = true
                    if aspect == .storage { stored = true }
                    let placeClass = self.placeClass(aspect: aspect, slot: slot, region: regionID)
                    if placeClass.isConfirmedInside { continue }
                    guard placeClass.isOutside else {
                        uncertain = true
                        continue
                    }
                    guard hasExceptions else { return .broken }
                    for member in members {
                        if coverage(aspect: aspect, member: member, claim: plan.claim.id).active == nil { return .broken }
                        covered = true
                    }
                }
            }
        }
        if !anything || (plan.aspects.contains(.storage) && !stored) { uncertain = true }
        return uncertain ? .unknown : (covered ? .holdsWithExceptions : .holds)
    }

    // MARK: Details

    func details(_ plan: ClaimPlan) -> ClaimDetails {
        var context = AnswerContext(claim: plan.claim, region: plan.region, data: plan.data, offering: plan.offering)
        guard plan.problem == nil, let regionID = plan.regionID, let scope = scopes[plan.claim.offering] else {
            return finish(plan, breaches: [], uncertainties: plan.problem.map { [$0] } ?? [], context: context)
        }
        var breaches: [Breach] = []
        var uncertainties: [Uncertainty] = []
        var anything = false
        var stored = false
        let phrases = SlotPhrases()
        for aspect in plan.aspects {
            let buckets = scope.buckets(for: aspect)
            var members = Set<Int>()
            for category in plan.data.positions where category < buckets.count {
                for (slot, group) in buckets[category] {
                    anything = true
                    if aspect == .storage { stored = true }
                    let placeClass = self.placeClass(aspect: aspect, slot: slot, region: regionID)
                    if case .inside(let places, certain: true) = placeClass {
                        if aspect == .storage, let first = group.first { context.confirmedStorage.append((first, places)) }
                        continue
                    }
                    members.formUnion(group)
                }
            }
            for member in members.sorted() {
                switch judge(plan, aspect: aspect, member: member, scope: scope, region: regionID, phrases: phrases) {
                case .breach(let breach)?: breaches.append(breach)
                case .uncertainty(let uncertainty)?: uncertainties.append(uncertainty)
                case nil: break
                }
            }
        }
        if !anything || (plan.aspects.contains(.storage) && !stored) {
            let what = index.dataPhrase(plan.data)
            let name = plan.offering?.name ?? plan.claim.offering
            uncertainties.append(Uncertainty(
                aspect: plan.aspects.contains(.storage) ? .storage : nil,
                subject: .claim(plan.claim.id), reason: .nothingInScope, data: plan.dataIDs,
                message: "The map shows no system holding \(what.isEmpty ? "the claimed data" : what) for \(name)."
            ))
        }
        return finish(plan, breaches: breaches, uncertainties: uncertainties, context: context)
    }

    private func finish(_ plan: ClaimPlan, breaches: [Breach], uncertainties: [Uncertainty], context: AnswerContext) -> ClaimDetails {
        let verdict = ClaimResult.verdict(breaches: breaches, uncertainties: uncertainties)
        let answer = AnswerWriter(index: index, wording: wording)
            .answer(context: context, verdict: verdict, breaches: breaches, uncertainties: uncertainties)
        return ClaimDetails(breaches: breaches, uncertainties: uncertainties, answer: answer)
    }

    // MARK: Breaches at one element

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
        let start = index.roleGrantStart[role]
        let end = role + 1 < index.roleGrantStart.count ? index.roleGrantStart[role + 1] : index.grants.count
        return collect(plan) { $0 == .access ? Array(start..<end) : [] }
    }

    /// The claim's processing breach at one step (a position in the flattened step list).
    func breaches(_ plan: ClaimPlan, atStep step: Int) -> [Breach] {
        collect(plan) { $0 == .processing ? [step] : [] }
    }

    private func collect(_ plan: ClaimPlan, members: (ClaimScope) -> [Int]) -> [Breach] {
        guard plan.problem == nil, let regionID = plan.regionID, let scope = scopes[plan.claim.offering] else { return [] }
        var result: [Breach] = []
        let phrases = SlotPhrases()
        for aspect in plan.aspects {
            for member in members(aspect) {
                if case .breach(let breach)? = judge(plan, aspect: aspect, member: member, scope: scope, region: regionID, phrases: phrases) {
                    result.append(breach)
                }
            }
        }
        return result
    }

    // MARK: One member

    /// Whether one member breaks the claim, is uncertain, or (nil) is fine or out of scope.
    private func judge(
        _ plan: ClaimPlan, aspect: ClaimScope, member: Int, scope: OfferingScope, region: Int, phrases: SlotPhrases
    ) -> Outcome? {
        let data = scope.data(aspect, member: member, index: index).intersection(plan.data)
        if data.isEmpty { return nil }
        let slot = OfferingScope.slot(aspect, member: member, index: index)
        let placeClass = self.placeClass(aspect: aspect, slot: slot, region: region)
        if placeClass.isConfirmedInside { return nil }
        let words = phrases.words(aspect == .access ? -2 - slot : slot) {
            switch placeClass {
            case .outside(let places) where aspect == .access:
                return Wording.list(places.compactMap(\.country).map(wording.countryPhrase))
            case .inside(let places, _), .outside(let places):
                return wording.describe(places)
            default:
                return ""
            }
        }
        let dataWords = phrases.data(data) { index.dataPhrase(data) }
        return outcome(aspect: aspect, member: member, data: data, dataWords: dataWords, placeClass: placeClass, words: words, plan: plan)
    }

    private func placeClass(aspect: ClaimScope, slot: Int, region: Int) -> PlaceClass {
        if aspect == .access { return countryClasses[region][slot] }
        if slot == OfferingScope.missingSystem { return .missingSystem }
        return locationClasses[region][slot]
    }

    /// The exception targets that could cover one member's breach.
    private func targets(aspect: ClaimScope, member: Int) -> [ExceptionTarget] {
        let map = index.map
        switch aspect {
        case .storage:
            return [.system(map.systems[member].id)]
        case .copies:
            return [.system(map.copies[member].to)]
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

    private func outcome(
        aspect: ClaimScope, member: Int, data dataSet: CategorySet, dataWords dataPhrase: String, placeClass: PlaceClass,
        words: String, plan: ClaimPlan
    ) -> Outcome {
        let map = index.map
        let data = index.categoryIDs(dataSet)
        let regionPhrase = plan.regionPhrase

        let subject: MapElement
        let systemPosition: Int?
        let systemID: String
        let targets: [ExceptionTarget]
        var accessDetail: AccessDetail?
        var roleName = ""
        let lead: String

        switch aspect {
        case .storage:
            let system = map.systems[member]
            subject = .system(system.id)
            systemPosition = member
            systemID = system.id
            targets = [.system(system.id)]
            lead = "\(system.name) keeps \(dataPhrase)"
        case .copies:
            let copy = map.copies[member]
            subject = .copy(from: copy.from, to: copy.to, kind: copy.kind)
            systemPosition = index.copyTo[member]
            systemID = copy.to
            targets = [.system(copy.to)]
            let fromName = index.copyFrom[member].map { map.systems[$0].name } ?? copy.from
            let toName = systemPosition.map { map.systems[$0].name } ?? copy.to
            lead = Wording.capitalized("\(copy.kind.label) of \(fromName) to \(toName) carries \(dataPhrase)")
        case .processing:
            let step = index.steps[member]
            let flow = map.flows[step.flow]
            let systemName = step.system.map { map.systems[$0].name } ?? flow.steps[step.step].system
            subject = .flowStep(flow: flow.id, step: step.step + 1)
            systemPosition = step.system
            systemID = flow.steps[step.step].system
            targets = [.flowStep(flow: flow.id, step: step.step + 1), .system(systemID)]
            lead = "Step \(step.step + 1) of \(flow.name) sends \(dataPhrase) to \(systemName)"
        case .access:
            let grantRef = index.grants[member]
            let role = map.roles[grantRef.role]
            let grant = role.access[grantRef.grant]
            roleName = role.name
            subject = .access(role: role.id, system: grant.system)
            systemPosition = grantRef.system
            systemID = grant.system
            targets = [.role(role.id)]
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
                if !status.isCertain {
                    message += status == .unknown
                        ? " (Location status not recorded.)"
                        : " (Location \(status.rawValue), not confirmed.)"
                }
            }
            let (active, expired) = coverage(targets: targets, claim: plan.claim.id)
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

/// Places and data in words, for one claim's breaches: thousands of breaches share a few
/// locations and data sets. Lives for one call; never shared between threads.
private final class SlotPhrases {
    private var bySlot: [Int: String] = [:]
    private var byData: [CategorySet: String] = [:]

    func data(_ set: CategorySet, _ make: () -> String) -> String {
        if let known = byData[set] { return known }
        let words = make()
        byData[set] = words
        return words
    }

    func words(_ slot: Int, _ make: () -> String) -> String {
        if let known = bySlot[slot] { return known }
        let words = make()
        bySlot[slot] = words
        return words
    }
}

private enum Outcome {
    case breach(Breach)
    case uncertainty(Uncertainty)
}
