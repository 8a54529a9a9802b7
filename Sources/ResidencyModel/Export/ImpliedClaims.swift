/// For each offering, the claim its name implies: "all personal data is stored, processed,
/// copied and opened only inside the promised region". The note's "outside the promised region"
/// section lists every break of these, whatever claims the map happens to write.
///
/// They are evaluated by the engine like any claim, under ids no claim or exception of the map
/// uses, so no exception excuses them (approved exceptions are shown beside the breaks instead).
enum ImpliedClaims {
    /// One claim per offering, in offering order.
    static func claims(for map: ResidencyMap) -> [Claim] {
        var taken = Set(map.claims.map(\.id)).union(map.exceptions.map(\.claim))
        return map.offerings.map { offering in
            var id = "resmap-implied-\(offering.id)"
            while taken.contains(id) { id += "-" }
            taken.insert(id)
            return Claim(id: id, text: "All personal data stays in \(offering.region.displayName)", offering: offering.id,
                         region: offering.region, data: nil, scope: nil)
        }
    }

    /// Evaluates the map's own claims and the implied ones in one pass of the engine (the
    /// implied ones as extra claims, so the map is not copied and no finding is made about them):
    /// the map's evaluation, and the implied results by offering id.
    static func evaluate(_ map: ResidencyMap, evaluator: ResidencyEvaluator) -> (Evaluation, [String: ClaimResult]) {
        let implied = claims(for: map)
        let (evaluation, extra) = evaluator.evaluate(map, alsoChecking: implied)
        return (evaluation, results(extra, implied: implied))
    }

    /// The implied results for a map already evaluated by the caller.
    static func evaluate(_ map: ResidencyMap, today: ISODate, catalogue: RegionCatalogue) -> [String: ClaimResult] {
        let implied = claims(for: map)
        guard !implied.isEmpty else { return [:] }
        return results(ResidencyEvaluator(catalogue: catalogue, today: today).evaluate(claims: implied, in: map), implied: implied)
    }

    private static func results(_ results: [ClaimResult], implied: [Claim]) -> [String: ClaimResult] {
        var byOffering: [String: ClaimResult] = [:]
        for (claim, result) in zip(implied, results) where byOffering[claim.offering] == nil {
            byOffering[claim.offering] = result
        }
        return byOffering
    }
}
