import Foundation

/// The built-in catalogue: every cloud region the project knows and every ISO 3166 country,
/// with EU, EEA and adequacy standing. Resolves location codes and promised regions.
///
/// The tables ship inside the program (`CloudRegionTable`, `CountryTable`, `EUTransferTable`) and
/// are parsed once; lookups by code take constant time, so renderers may call them freely.
public struct RegionCatalogue: Sendable {
    public static let standard = RegionCatalogue()

    let data: CatalogueData

    public init() {
        self.data = CatalogueData.shared
    }

    // MARK: - Places

    /// Resolves one location code (`aws:eu-central-1`, `ovhcloud:GRA11`, `DE`); nil if unknown.
    /// Provider and country codes are case-insensitive.
    ///
    /// OVHcloud region names carry instance suffixes: `ovhcloud:GRA11`, `ovhcloud:DE1` and
    /// `ovhcloud:US-EAST-VA-1` resolve to the longest known prefix (`GRA`, `DE`, `US-EAST-VA`) when
    /// what follows is a number, or a dash and up to three letters or digits (`EU-WEST-PAR-A`).
    /// The returned place carries the catalogue's canonical code (`ovhcloud:GRA`).
    public func place(for code: String) -> Place? {
        // Most codes are written as the catalogue keys them: skip trimming and case folding.
        if let place = data.placesByKey[code] { return place }
        let key = code.trimmingCharacters(in: .whitespaces).lowercased()
        if let place = data.placesByKey[key] { return place }
        guard let colon = key.firstIndex(of: ":") else { return nil }
        let provider = String(key[..<colon])
        let region = key[key.index(after: colon)...]
        guard let entries = data.prefixEntries[provider] else { return nil }
        for entry in entries where region.hasPrefix(entry.prefix) {
            if Self.isInstanceSuffix(region.dropFirst(entry.prefix.count)) { return entry.place }
        }
        return nil
    }

    /// The country with this ISO 3166 alpha-2 code, spelt as ISO spells it (`DE`, not `de`).
    /// Exact on purpose: callers that keep codes as written (a role's countries) can then trust
    /// a match to be canonical. `place(for:)` and region terms are the forgiving, any-case lookups.
    public func country(_ alpha2: String) -> Country? {
        data.countriesByCode[alpha2]
    }

    /// The country for a code in any case, surrounding spaces ignored (`de`, ` DE `).
    func country(ignoringCase code: String) -> Country? {
        data.countriesByCode[code] ?? data.countriesByCode[code.trimmingCharacters(in: .whitespaces).uppercased()]
    }

    /// Every place in the catalogue, cloud regions first, in a stable order.
    public var allPlaces: [Place] { data.allPlaces }

    /// Every ISO 3166-1 country, in alpha-2 order.
    public var allCountries: [Country] { data.countries }

    /// The providers the catalogue knows (`aws`, `gcp`, ...), in catalogue order.
    public var providers: [String] { data.providers }

    /// How people name a provider ("Google Cloud" for `gcp`); nil for an unknown provider.
    public func providerName(_ provider: String) -> String? {
        let key = provider.lowercased()
        guard data.providers.contains(key) else { return nil }
        return CatalogueData.providerNames[key] ?? key
    }

    /// The regions of one provider, in catalogue order.
    public func places(ofProvider provider: String) -> [Place] {
        let key = provider.lowercased()
        return data.allPlaces.filter { $0.provider == key }
    }

    /// Every country a location may be in; nil when it is unknown or any code does not resolve.
    public func countries(of location: Location) -> Set<String>? {
        guard case .places(let codes) = location, !codes.isEmpty else { return nil }
        var countries: Set<String> = []
        for code in codes {
            guard let place = place(for: code) else { return nil }
            countries.formUnion(place.countries)
        }
        return countries
    }

    // MARK: - Regions

    /// The named groups a region may use: EU, EEA, EEA+adequacy, UK, US, CH.
    /// Any ISO 3166 alpha-2 code (`DE`, `GB`) is a region too.
    public var groupNames: [String] { data.groups.map(\.name) }

    /// The named groups with what they stand for; see `RegionGroup`.
    public var groups: [RegionGroup] { data.groups }

    /// The group a term names (case-insensitive, spaces ignored); nil for anything else.
    public func group(named term: String) -> RegionGroup? {
        data.groupsByKey[RegionGroup.lookupKey(term)]
    }

    /// The countries a promised region stands for; nil when any term is not a country or group.
    public func countries(in region: RegionSpec) -> Set<String>? {
        var union: Set<String> = []
        for term in region.terms {
            guard let expanded = countries(forTerm: term) else { return nil }
            union.formUnion(expanded)
        }
        return union
    }

    /// The terms of a region that are neither a country code nor a named group.
    public func unknownTerms(in region: RegionSpec) -> [String] {
        region.terms.filter { countries(forTerm: $0) == nil }
    }

    /// Whether every country a place may be in lies inside the region. A region with an unknown
    /// term contains nothing: a promise the catalogue cannot read is never taken as kept.
    public func place(_ place: Place, isInside region: RegionSpec) -> Bool {
        guard !place.countries.isEmpty, let allowed = countries(in: region) else { return false }
        return place.countries.isSubset(of: allowed)
    }

    private func countries(forTerm term: String) -> Set<String>? {
        if let group = group(named: term) { return group.countries }
        if let country = country(ignoringCase: term), term.trimmingCharacters(in: .whitespaces).count == 2 {
            return [country.alpha2]
        }
        return nil
    }

    // MARK: - Helpers

    /// Whether text after a known OVHcloud prefix names an instance: digits (`11`), or a dash
    /// and one to three letters or digits (`-1`, `-a`).
    private static func isInstanceSuffix(_ rest: Substring) -> Bool {
        let isAlphanumeric: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber) }
        if rest.isEmpty { return true }
        if rest.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        guard rest.first == "-" else { return false }
        let tail = rest.dropFirst()
        return (1...3).contains(tail.count) && tail.allSatisfy(isAlphanumeric)
    }
}

extension RegionCatalogue {
    /// Countries a region admits only for systems certified under the EU-US Data Privacy
    /// Framework: the United States, for a region promising EEA+adequacy (the US adequacy
    /// decision is partial: it covers certified organisations only). Empty for every other region:
    /// a safeguard is not residency.
    public func countriesUnderDPF(in region: RegionSpec) -> Set<String> {
        let adequacy = region.terms.contains { group(named: $0)?.name.lowercased() == "eea+adequacy" }
        guard adequacy, let us = country("US"), us.adequacy == .partial else { return [] }
        return [us.alpha2]
    }
}
