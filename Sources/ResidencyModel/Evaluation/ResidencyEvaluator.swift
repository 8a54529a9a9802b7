import Dispatch
import Foundation

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
        evaluate(map, alsoChecking: []).evaluation
    }

    /// Evaluates every claim and every finding, and checks `extraClaims` (claims the map does
    /// not hold, such as an exporter's implied "everything stays in the region") against the map
    /// in the same pass. The evaluation is exactly `evaluate(map)`'s; `extra` has one result
    /// per extra claim, in order. No finding is made about the extra claims.
    public func evaluate(_ map: ResidencyMap, alsoChecking extraClaims: [Claim]) -> (evaluation: Evaluation, extra: [ClaimResult]) {
        let index = MapIndex(map: map, catalogue: catalogue)
        let (today, expiryWarningDays) = (self.today, self.expiryWarningDays)
        // Claims and findings read the same immutable index and nothing else: on a large map
        // they run side by side; on a small one the overhead is tiny.
        let (claims, findings) = SideBySide.run(inParallel: map.systems.count >= SideBySide.parallelSystems, {
            let engine = ClaimEngine(index: index, today: today, extraClaims: extraClaims)
            return (map.claims + extraClaims).map { ClaimResult(plan: engine.plan($0), engine: engine) }
        }, {
            FindingChecks(index: index, today: today, expiryWarningDays: expiryWarningDays).run()
        })
        let evaluation = Evaluation(today: today, claims: Array(claims.prefix(map.claims.count)), findings: findings,
                                    stepSystems: nil, index: index)
        return (evaluation, Array(claims.dropFirst(map.claims.count)))
    }

    /// Evaluates one claim only (for `resmap answer FILE CLAIM` and screens that re-check one claim).
    public func evaluate(claim: Claim, in map: ResidencyMap) -> ClaimResult {
        let engine = ClaimEngine(index: MapIndex(map: map, catalogue: catalogue), today: today, extraClaims: [claim])
        return ClaimResult(plan: engine.plan(claim), engine: engine)
    }

    /// Checks claims against a map without its findings: the map's own claims or others (one
    /// result per claim, in order).
    public func evaluate(claims: [Claim], in map: ResidencyMap) -> [ClaimResult] {
        let engine = ClaimEngine(index: MapIndex(map: map, catalogue: catalogue), today: today, extraClaims: claims)
        return claims.map { ClaimResult(plan: engine.plan($0), engine: engine) }
    }

    /// Runs the findings only.
    public func findings(for map: ResidencyMap) -> [Finding] {
        FindingChecks(index: MapIndex(map: map, catalogue: catalogue), today: today, expiryWarningDays: expiryWarningDays).run()
    }
}
