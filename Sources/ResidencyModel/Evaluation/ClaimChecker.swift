/// Checks claims one by one against a map index, caching per offering and per region what
/// several claims share.
struct ClaimChecker {
    let index: MapIndex
    let today: ISODate
    let wording: Wording

    private var scopes: [String: OfferingScope] = [:]
    private var regionIDs: [RegionSpec: Int] = [:]
    /// Countries of each interned region; nil when the catalogue cannot read it.
    private var regionCountries: [Set<String>?] = []
    private var placeClasses: [PairKey: PlaceClass] = [:]

    /// The order aspects are reported in: where data sits, where it travels, where it is copied,
    /// who opens it.
    static let aspectOrder: [ClaimScope] = [.storage, .processing, .copies, .access]

    init(index: MapIndex, today: ISODate) {
        self.index = index
        self.today = today
        self.wording = Wording(catalogue: index.catalogue)
    }

    mutating func check(_ claim: Claim) -> ClaimResult {
        let offeringPosition = index.offeringPosition[claim.offering]
        let offering = offeringPosition.map { index.map.offerings[$0] }
        let region = claim.region ?? offering?.region ?? RegionSpec([String]())
        let dataSet = claim.data.map { CategorySet($0.compactMap { index.categoryPosition[$0] }) } ?? index.personal
        let dataIDs = index.categoryIDs(dataSet)
        var context = AnswerContext(claim: claim, region: region, data: dataSet, offering: offering)

        guard offering != nil else {
            let uncertainty = Uncertainty(
                aspect: nil, subject: .claim(claim.id), reason: .missingOffering, data: dataIDs,
                message: "The claim is for offering \(claim.offering), which the map does not have."
            )
            return finish(claim, region: region, data: dataIDs, breaches: [], uncertainties: [uncertainty], context: context)
        }
        let regionID = intern(region)
        guard regionCountries[regionID] != nil else {
            let terms = index.catalogue.unknownTerms(in: region)
            let uncertainty = Uncertainty(
                aspect: nil, subject: .claim(claim.id), reason: .unresolvedRegion, data: dataIDs,
                message: "The promised region \(region.displayName) has terms resmap does not know: \(terms.joined(separator: ", "))."
            )
            return finish(claim, region: region, data: dataIDs, breaches: [], uncertainties: [uncertainty], context: context)
        }

        let scope = offeringScope(claim.offering)
        let aspects = Set(claim.effectiveScope)
        var breaches: [Breach] = []
        var uncertainties: [Uncertainty] = []
        var anythingInScope = false
        var storageInScope = false

        for aspect in Self.aspectOrder where aspects.contains(aspect) {
            let buckets = scope.buckets(for: aspect)
            var hits: [Int: Hit] = [:]
            for category in dataSet.positions where category < buckets.count {
                for (slot, members) in buckets[category] {
                    anythingInScope = true
                    if aspect == .storage { storageInScope = true }
                    let placeClass = classify(aspect: aspect, slot: slot, region: regionID)
                    if case .inside(let places, certain: true) = placeClass {
                        if aspect == .storage, let first = members.first {
                            context.confirmedStorage.append((first, places))
                        }
                        continue
                    }
                    for member in members {
                        hits[member, default: Hit(placeClass: placeClass)].data.insert(category)
                    }
                }
            }
            for member in hits.keys.sorted() {
                guard let hit = hits[member] else { continue }
                switch outcome(aspect: aspect, member: member, hit: hit, claim: claim, region: region) {
                case .breach(let breach): breaches.append(breach)
                case .uncertainty(let uncertainty): uncertainties.append(uncertainty)
                }
            }
        }

        if !anythingInScope || (aspects.contains(.storage) && !storageInScope) {
            let what = Wording.list(index.categoryNames(dataSet).map(Wording.midSentence))
            let name = offering?.name ?? claim.offering
            uncertainties.append(Uncertainty(
                aspect: aspects.contains(.storage) ? .storage : nil,
                subject: .claim(claim.id), reason: .nothingInScope, data: dataIDs,
                message: "The map shows no system holding \(what.isEmpty ? "the claimed data" : what) for \(name)."
            ))
        }
        return finish(claim, region: region, data: dataIDs, breaches: breaches, uncertainties: uncertainties, context: context)
    }

    private func finish(
        _ claim: Claim, region: RegionSpec, data: [String], breaches: [Breach], uncertainties: [Uncertainty],
        context: AnswerContext
    ) -> ClaimResult {
        let verdict = ClaimResult.verdict(breaches: breaches, uncertainties: uncertainties)
        let writer = AnswerWriter(index: index, wording: wording)
        let answer = writer.answer(context: context, verdict: verdict, breaches: breaches, uncertainties: uncertainties)
        return ClaimResult(claim: claim, region: region, data: data, verdict: verdict, breaches: breaches,
                           uncertainties: uncertainties, answer: answer)
    }

    // MARK: Caches

    private mutating func offeringScope(_ offering: String) -> OfferingScope {
        if let scope = scopes[offering] { return scope }
        let scope = OfferingScope(offering: offering, index: index)
        scopes[offering] = scope
        return scope
    }

    private mutating func intern(_ region: RegionSpec) -> Int {
        if let id = regionIDs[region] { return id }
        let id = regionCountries.count
        regionIDs[region] = id
        regionCountries.append(index.catalogue.countries(in: region))
        return id
    }

    /// Where a slot stands against a region, computed once per (region, slot).
    private mutating func classify(aspect: ClaimScope, slot: Int, region: Int) -> PlaceClass {
        let isAccess = aspect == .access
        let key = PairKey(region: region, slot: slot, access: isAccess)
        if let known = placeClasses[key] { return known }
        let countries = regionCountries[region] ?? []
        let result: PlaceClass
        if isAccess {
            result = classifyCountries(index.roleCountryLists[slot], region: countries)
        } else if slot == OfferingScope.missingSystem {
            result = .missingSystem
        } else {
            result = classifyLocation(index.locations[slot / 2], certain: slot % 2 == 1, region: countries)
        }
        placeClasses[key] = result
        return result
    }

    private func classifyLocation(_ location: ResolvedLocation, certain: Bool, region: Set<String>) -> PlaceClass {
        if location.isUnknown { return .unknownLocation }
        // A place is inside only if every country it may be in is; a location only if all its places are.
        let outside = location.places.filter { $0.countries.isEmpty || !$0.countries.isSubset(of: region) }
        if !outside.isEmpty { return .outside(outside) }
        if !location.unresolved.isEmpty { return .unresolved(location.unresolved) }
        return .inside(location.places, certain: certain)
    }

    private func classifyCountries(_ countries: [String], region: Set<String>) -> PlaceClass {
        if countries.isEmpty { return .countriesUnknown }
        let outside = countries.filter { !region.contains($0) }
        if !outside.isEmpty { return .outside(outside.map(index.countryPlace)) }
        let unknown = countries.filter { index.catalogue.country($0) == nil }
        if !unknown.isEmpty { return .unresolved(unknown) }
        return .inside(countries.map(index.countryPlace), certain: true)
    }

    // MARK: Breaches and uncertainties

    private func outcome(aspect: ClaimScope, member: Int, hit: Hit, claim: Claim, region: RegionSpec) -> Outcome {
        let map = index.map
        let data = index.categoryIDs(hit.data)
        let dataPhrase = Wording.list(index.categoryNames(hit.data).map(Wording.midSentence))
        let regionPhrase = wording.regionPhrase(region)

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
            if case .outside(let places) = hit.placeClass {
                accessDetail = AccessDetail(
                    role: role.id, capabilities: grant.capabilities.sorted(), condition: grant.when,
                    recorded: grant.recorded, headcount: role.headcount, countries: places.compactMap(\.country)
                )
            }
        }

        let status = systemPosition.map { map.systems[$0].status } ?? .unknown
        let systemName = systemPosition.map { map.systems[$0].name } ?? systemID

        switch hit.placeClass {
        case .outside(let places):
            var message: String
            if let accessDetail {
                let from = Wording.list(accessDetail.countries.map(wording.countryPhrase))
                message = "\(lead) from \(from), outside \(regionPhrase)\(Self.conditionPhrase(accessDetail))."
            } else {
                message = "\(lead) in \(wording.describe(places)), outside \(regionPhrase)."
                if aspect == .copies, case .copy(_, _, .drFailover) = subject {
                    message += " The data stays in the region only until something breaks."
                }
                if !status.isCertain {
                    message += status == .unknown
                        ? " (Location status not recorded.)"
                        : " (Location \(status.rawValue), not confirmed.)"
                }
            }
            let candidates = index.exceptions.exceptions(claim: claim.id, targets: targets)
            var coveredBy: String?
            var lapsed: String?
            if let active = candidates.first(where: { $0.isActive(on: today) }) {
                coveredBy = active.id
                message += " Covered by exception \(active.id)" + (active.expires.map { " until \($0)" } ?? "") + "."
            } else if let expired = candidates.max(by: { ($0.expires ?? today) < ($1.expires ?? today) }) {
                lapsed = expired.id
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
                why = "\(systemName) is only assumed to run in \(wording.describe(places))"
            case .planned:
                reason = .locationPlanned
                why = "\(systemName) is only planned to run in \(wording.describe(places))"
            case .unknown, .confirmed:
                reason = .statusNotRecorded
                why = "nobody has recorded checking that \(systemName) runs in \(wording.describe(places))"
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

/// Where one group of members stands against a promised region.
enum PlaceClass: Sendable {
    case inside([Place], certain: Bool)
    /// The places (or countries, as places) outside the region.
    case outside([Place])
    case unknownLocation
    case unresolved([String])
    case missingSystem
    case countriesUnknown
}

private struct Hit {
    let placeClass: PlaceClass
    var data = CategorySet()

    init(placeClass: PlaceClass) {
        self.placeClass = placeClass
    }
}

private enum Outcome {
    case breach(Breach)
    case uncertainty(Uncertainty)
}

private struct PairKey: Hashable {
    let region: Int
    let slot: Int
    let access: Bool
}
