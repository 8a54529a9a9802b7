/// A sentence sales would say, and what it promises.
public struct Claim: Sendable, Hashable, Identifiable, Codable {
    public var id: String
    /// The exact words sales uses.
    public var text: String
    public var offering: String
    /// The promised region; `nil` means the offering's region.
    public var region: RegionSpec?
    /// Ids of the data categories covered; `nil` means all personal data.
    public var data: [String]?
    /// What the claim speaks about; `nil` means all four aspects.
    public var scope: [ClaimScope]?

    public init(
        id: String,
        text: String,
        offering: String,
        region: RegionSpec? = nil,
        data: [String]? = nil,
        scope: [ClaimScope]? = nil
    ) {
        self.id = id
        self.text = text
        self.offering = offering
        self.region = region
        self.data = data
        self.scope = scope
    }

    /// The aspects in force.
    public var effectiveScope: [ClaimScope] { scope ?? ClaimScope.allCases }
}

public enum ClaimScope: String, Sendable, Hashable, CaseIterable, Codable {
    case storage
    case processing
    case access
    case copies
}
