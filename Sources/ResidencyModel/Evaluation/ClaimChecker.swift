/// Checks single claims that need not be in the map, against a prepared index. Kept for module
/// code (the exporter) that checks implied claims; new code should call
/// `ResidencyEvaluator.evaluate(_:)` or `evaluate(claim:in:)`.
struct ClaimChecker {
    let index: MapIndex
    let today: ISODate

    init(index: MapIndex, today: ISODate) {
        self.index = index
        self.today = today
    }

    /// The claim's result; its details are built when first read.
    mutating func check(_ claim: Claim) -> ClaimResult {
        let engine = ClaimEngine(index: index, today: today, extraClaims: [claim])
        return ClaimResult(plan: engine.plan(claim), engine: engine)
    }

    /// The order aspects are reported in.
    static var aspectOrder: [ClaimScope] { ClaimEngine.aspectOrder }
}
