/// What one claim asks, resolved against the map once: its offering, region and data.
struct ClaimPlan: Sendable {
    let claim: Claim
    let offering: Offering?
    /// The region checked: the claim's own, or its offering's.
    let region: RegionSpec
    /// The interned region, when the catalogue can read it.
    let regionID: Int?
    let data: CategorySet
    let dataIDs: [String]
    /// The aspects in force, in report order.
    let aspects: [ClaimScope]
    /// Why the claim cannot be checked at all (missing offering, unreadable region).
    let problem: Uncertainty?
    /// The region as it reads after "outside": "the EU".
    let regionPhrase: String
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

    var isConfirmedInside: Bool {
        if case .inside(_, certain: true) = self { return true }
        return false
    }

    var isOutside: Bool {
        if case .outside = self { return true }
        return false
    }

    var kind: SlotKind {
        switch self {
        case .inside(_, let certain): return certain ? .insideConfirmed : .insideUncertain
        case .outside: return .outside
        case .unknownLocation: return .unknownLocation
        case .unresolved: return .unresolved
        case .missingSystem: return .missingSystem
        case .countriesUnknown: return .countriesUnknown
        }
    }
}

/// A `PlaceClass` without its places: what loops over thousands of members compare.
enum SlotKind: UInt8, Sendable {
    case insideConfirmed
    case insideUncertain
    case outside
    case unknownLocation
    case unresolved
    case missingSystem
    case countriesUnknown
}

/// A claim's breaches, uncertainties and honest answer: the full lists.
struct ClaimDetails: Sendable, Hashable {
    var breaches: [Breach]
    var uncertainties: [Uncertainty]
    var answer: HonestAnswer
}

/// What lists and answers need of a claim, without its full breach list: counts, the first
/// reason, and the honest answer.
struct ClaimDigest: Sendable, Hashable {
    var openBreachCount: Int
    var coveredBreachCount: Int
    var uncertaintyCount: Int
    var firstOpenBreach: Breach?
    var firstUncertainty: Uncertainty?
    var answer: HonestAnswer

    init(openBreachCount: Int, coveredBreachCount: Int, uncertaintyCount: Int, firstOpenBreach: Breach?,
         firstUncertainty: Uncertainty?, answer: HonestAnswer) {
        self.openBreachCount = openBreachCount
        self.coveredBreachCount = coveredBreachCount
        self.uncertaintyCount = uncertaintyCount
        self.firstOpenBreach = firstOpenBreach
        self.firstUncertainty = firstUncertainty
        self.answer = answer
    }

    /// The digest of details given whole.
    init(_ details: ClaimDetails) {
        let covered = details.breaches.filter(\.isCovered).count
        self.init(openBreachCount: details.breaches.count - covered, coveredBreachCount: covered,
                  uncertaintyCount: details.uncertainties.count,
                  firstOpenBreach: details.breaches.first { !$0.isCovered },
                  firstUncertainty: details.uncertainties.first, answer: details.answer)
    }
}
