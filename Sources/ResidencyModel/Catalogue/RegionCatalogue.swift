/// The built-in catalogue: every cloud region the project knows and every ISO 3166 country,
/// with EU, EEA and adequacy standing. Resolves location codes and promised regions.
public struct RegionCatalogue: Sendable {
    public static let standard = RegionCatalogue()

    public init() {}

    /// Resolves one location code (`aws:eu-central-1`, `ovhcloud:GRA11`, `DE`); nil if unknown.
    /// Provider and country codes are case-insensitive.
    public func place(for code: String) -> Place? { nil }

    public func country(_ alpha2: String) -> Country? { nil }

    /// Every place in the catalogue, cloud regions first, in a stable order.
    public var allPlaces: [Place] { [] }

    /// The countries a promised region stands for; nil when any term is not a country or group.
    public func countries(in region: RegionSpec) -> Set<String>? { nil }

    /// The terms of a region that are neither a country code nor a named group.
    public func unknownTerms(in region: RegionSpec) -> [String] { region.terms }

    /// Whether every country a place may be in lies inside the region.
    public func place(_ place: Place, isInside region: RegionSpec) -> Bool { false }

    /// Places matching free text: city, country name or code, region code or display name.
    public func search(_ query: String) -> [Place] { [] }

    /// Close known codes for a code that did not resolve, best first (for "did you mean").
    public func suggestions(for code: String) -> [String] { [] }

    /// The named groups a region may use: EU, EEA, EEA+adequacy, US, UK, CH, ...
    public var groupNames: [String] { [] }
}
