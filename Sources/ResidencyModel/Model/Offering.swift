/// A residency option that is sold, such as "EU residency" promising region EU.
public struct Offering: Sendable, Hashable, Identifiable, Codable {
    public var id: String
    public var name: String
    /// The region the offering promises, as written (for example `EU` or `[DE, AT]`).
    public var region: RegionSpec
    /// Aspects the map declares there is nothing of for this offering (`has_none: [access]`: no
    /// staff can open its data; `processing`: nothing processes it outside where it is stored;
    /// `copies`: it is never copied). Without the declaration, an aspect with nothing mapped is
    /// not known, and a claim speaking about it cannot hold. Never `storage`.
    public var hasNone: [ClaimScope]

    public init(id: String, name: String, region: RegionSpec, hasNone: [ClaimScope] = []) {
        self.id = id
        self.name = name
        self.region = region
        self.hasNone = hasNone
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, region, hasNone
    }

    /// Journals written before `hasNone` existed read as declaring nothing.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        region = try container.decode(RegionSpec.self, forKey: .region)
        hasNone = try container.decodeIfPresent([ClaimScope].self, forKey: .hasNone) ?? []
    }
}
