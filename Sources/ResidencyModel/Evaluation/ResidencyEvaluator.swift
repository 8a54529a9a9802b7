/// Checks every claim in a map and runs every finding. A value: cheap to make, safe to share.
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
        Evaluation(today: today, claims: [], findings: [])
    }
}
