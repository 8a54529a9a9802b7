import Foundation

extension RegionCatalogue {
    /// How a person would say where a place is: "Frankfurt, Germany", "Germany" for a country or a
    /// region without a published city, "Singapore" when city and country share the name,
    /// "EU (several countries)" for a place spanning a group (`cloudflare:eu`).
    public func describe(_ place: Place) -> String {
        guard let alpha2 = place.country else {
            return "\(place.jurisdiction) (several countries)"
        }
        let countryName = country(alpha2)?.name ?? alpha2
        guard let city = place.city, SearchText.fold(city) != SearchText.fold(countryName) else {
            return countryName
        }
        return "\(city), \(countryName)"
    }

    /// The shortest honest label: the country code ("DE"), or the group a place spans ("EU").
    public func shortLabel(_ place: Place) -> String {
        place.country ?? place.jurisdiction
    }

    /// Where a system runs, in words: "Frankfurt, Germany", "Frankfurt, Germany; Dublin, Ireland"
    /// (several places), or "unknown location". A code the catalogue does not know is shown as written with
    /// "(not in the catalogue)"; it is map text, so escape it for the output it goes to.
    public func describe(_ location: Location) -> String {
        let parts = location.codes.map { code in
            place(for: code).map(describe) ?? "\(code) (not in the catalogue)"
        }
        return parts.isEmpty ? "unknown location" : parts.joined(separator: "; ")
    }

    /// A promised region in words: "EU", "Germany and Austria", "United Kingdom".
    /// Groups of several countries keep the catalogue's spelling (`eea+adequacy` → "EEA+adequacy");
    /// a country or one-country group (`UK`) becomes the country's name; unknown terms stay as written.
    public func describe(_ region: RegionSpec) -> String {
        let parts = region.terms.map { term -> String in
            let group = group(named: term)
            if let group, group.countries.count > 1 { return group.name }
            if let only = group?.countries.first, let country = country(only) { return country.name }
            if term.trimmingCharacters(in: .whitespaces).count == 2, let country = country(ignoringCase: term) {
                return country.name
            }
            return term
        }
        switch parts.count {
        case 0: return "no region"
        case 1: return parts[0]
        default: return parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "")
        }
    }
}
