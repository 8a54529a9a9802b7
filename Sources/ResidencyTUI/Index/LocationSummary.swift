import ResidencyModel

/// A system's location resolved once against the region catalogue: each written code with its
/// place, the jurisdictions it spans, and a short text for lists ("Frankfurt, DE").
public struct LocationSummary: Sendable, Hashable {
    /// One written code and the place it names; `place` is nil for a code the catalogue lacks.
    public struct Entry: Sendable, Hashable {
        public let code: String
        public let place: Place?
    }

    /// In the order written; empty for an unknown location.
    public let entries: [Entry]
    /// The jurisdictions of the resolved places in written order, each once ("EU", "US").
    /// A code the catalogue lacks adds "?".
    public let jurisdictions: [String]
    /// Every country a resolved place may be in.
    public let countries: Set<String>
    /// For lists: "Frankfurt, DE", "Germany", "DE, NL, FR", "unknown".
    public let shortText: String

    /// The mark for a jurisdiction nobody can name (an unknown location or an unresolved code).
    public static let unknownJurisdiction = "?"

    public init(_ location: Location, catalogue: RegionCatalogue) {
        let entries = location.codes.map { Entry(code: $0, place: catalogue.place(for: $0)) }
        self.entries = entries
        var jurisdictions: [String] = []
        var countries: Set<String> = []
        for entry in entries {
            let jurisdiction = entry.place?.jurisdiction ?? LocationSummary.unknownJurisdiction
            if !jurisdictions.contains(jurisdiction) { jurisdictions.append(jurisdiction) }
            if let place = entry.place { countries.formUnion(place.countries) }
        }
        self.jurisdictions = entries.isEmpty ? [LocationSummary.unknownJurisdiction] : jurisdictions
        self.countries = countries
        self.shortText = LocationSummary.shortText(entries, catalogue: catalogue)
    }

    public var isUnknown: Bool { entries.isEmpty }

    /// The jurisdictions as a border marker shows them: "EU", "EU, US".
    public var jurisdictionText: String { jurisdictions.joined(separator: ", ") }

    /// One line per place, as the detail panes show them: "Frankfurt, Germany · aws:eu-central-1 · EU".
    public func placeLines(catalogue: RegionCatalogue) -> [String] {
        entries.map { entry in
            let code = TextSanitizer.sanitize(entry.code)
            guard let place = entry.place else { return "\(code) (not in the region catalogue)" }
            return "\(catalogue.describe(place)) · \(code) · \(place.jurisdiction)"
        }
    }

    static func shortText(_ entries: [Entry], catalogue: RegionCatalogue) -> String {
        guard !entries.isEmpty else { return "unknown" }
        if entries.count == 1, let only = entries.first {
            guard let place = only.place else { return "\(TextSanitizer.sanitize(only.code)) (?)" }
            return singlePlace(place, catalogue: catalogue)
        }
        var labels: [String] = []
        for entry in entries {
            let label = entry.place.map(catalogue.shortLabel) ?? "\(TextSanitizer.sanitize(entry.code)) (?)"
            if !labels.contains(label) { labels.append(label) }
        }
        return labels.joined(separator: ", ")
    }

    /// "Frankfurt, DE" for a region with a city, the country's name for a country, the group for
    /// a place spanning several countries.
    static func singlePlace(_ place: Place, catalogue: RegionCatalogue) -> String {
        guard let country = place.country else { return "\(place.jurisdiction) (several countries)" }
        let countryName = catalogue.country(country)?.name ?? country
        if let city = place.city, city != countryName { return "\(city), \(country)" }
        return countryName
    }
}
