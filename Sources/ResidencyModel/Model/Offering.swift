/// A residency option that is sold, such as "EU residency" promising region EU.
public struct Offering: Sendable, Hashable, Identifiable, Codable {
    public var id: String
    public var name: String
    /// The region the offering promises, as written (for example `EU` or `[DE, AT]`).
    public var region: RegionSpec

    public init(id: String, name: String, region: RegionSpec) {
        self.id = id
        self.name = name
        self.region = region
    }
}
