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
}

/// A claim's breaches, uncertainties and honest answer, computed together when first asked for.
struct ClaimDetails: Sendable, Hashable {
    var breaches: [Breach]
    var uncertainties: [Uncertainty]
    var answer: HonestAnswer
}
