/// Checks every claim in a map and runs every finding. A value: cheap to make, safe to share.
///
/// ```swift
/// let evaluation = ResidencyEvaluator(today: .today()).evaluate(map)
/// for result in evaluation.claims { print(result.verdict.symbol, result.claim.id, result.answer.summary) }
/// ```
///
/// The work is about linear in the size of the map: lookups are built once, each offering's
/// systems, copies, steps and grants are grouped by data category and location once, and each
/// claim's verdict then visits only its categories' groups. A claim's breach list and answer are
/// built when first read (see `ClaimResult`), since on large maps they are long.
public struct ResidencyEvaluator: Sendable {
    public var catalogue: RegionCatalogue
    /// The day exceptions and reviews are judged against; injected so results are reproducible.
    public var today: ISODate
    /// How many days ahead an exception counts as expiring soon.
    public var expiryWarningDays: Int

    public init(catalogue: RegionCatalogue = .standard, today: ISODate, expiryWarningDays: Int = 30) {
        self.catalogue = catalogue
        self.today = today
        self.expiryWarningDays = expiryWarningDays
    }

    /// Evaluates every claim and every finding.
    public func evaluate(_ map: ResidencyMap) -> Evaluation {
        let index = MapIndex(map: map, catalogue: catalogue)
        let engine = ClaimEngine(index: index, today: today)
        let claims = map.claims.map { ClaimResult(plan: engine.plan($0), engine: engine) }
        let findings = FindingChecks(index: index, today: today, expiryWarningDays: expiryWarningDays).run()
        return Evaluation(today: today, claims: claims, findings: findings, stepSystems: index.stepSystems)
    }

    /// Evaluates one claim only (for `resmap answer FILE CLAIM` and screens that re-check one claim).
    public func evaluate(claim: Claim, in map: ResidencyMap) -> ClaimResult {
        let engine = ClaimEngine(index: MapIndex(map: map, catalogue: catalogue), today: today, extraClaims: [claim])
        return ClaimResult(plan: engine.plan(claim), engine: engine)
    }

    /// Runs the findings only.
    public func findings(for map: ResidencyMap) -> [Finding] {
        FindingChecks(index: MapIndex(map: map, catalogue: catalogue), today: today, expiryWarningDays: expiryWarningDays).run()
    }
}
