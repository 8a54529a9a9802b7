/// One claim checked against the map: its verdict, where it breaks, what cannot be vouched for,
/// and the honest answer sales can give instead.
public struct ClaimResult: Sendable, Hashable {
    public var claim: Claim
    /// The region the claim was checked against (the claim's own, or its offering's).
    public var region: RegionSpec
    /// The data category ids checked, in the map's category order.
    public var data: [String]
    public var verdict: Verdict
    /// Every break, covered or not, in aspect order (storage, processing, copies, access), then map order.
    public var breaches: [Breach]
    public var uncertainties: [Uncertainty]
    public var answer: HonestAnswer

    public init(
        claim: Claim,
        region: RegionSpec,
        data: [String],
        verdict: Verdict,
        breaches: [Breach],
        uncertainties: [Uncertainty],
        answer: HonestAnswer
    ) {
        self.claim = claim
        self.region = region
        self.data = data
        self.verdict = verdict
        self.breaches = breaches
        self.uncertainties = uncertainties
        self.answer = answer
    }

    /// Breaches no active exception covers.
    public var openBreaches: [Breach] { breaches.filter { !$0.isCovered } }
    /// Breaches an approved, unexpired exception covers.
    public var coveredBreaches: [Breach] { breaches.filter(\.isCovered) }

    /// The verdict the breaches and uncertainties imply: any open breach breaks the claim;
    /// otherwise any uncertainty makes it unknown; otherwise covered breaches make it hold with
    /// exceptions.
    public static func verdict(breaches: [Breach], uncertainties: [Uncertainty]) -> Verdict {
        if breaches.contains(where: { !$0.isCovered }) { return .broken }
        if !uncertainties.isEmpty { return .unknown }
        if !breaches.isEmpty { return .holdsWithExceptions }
        return .holds
    }
}
