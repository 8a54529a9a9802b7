/// A place's searchable text, folded once when the catalogue loads.
struct PlaceSearchEntry: Sendable {
    let place: Place
    /// Matched by substring: code, display name, city, country name, provider and its name.
    let text: SearchText
    /// The region code alone (`eu-central-1`), folded; nil for a country.
    let region: String?
    let city: String?
    let countryName: String?
    /// The country's alpha-3 code, folded (`deu`); nil for a place spanning several countries.
    let alpha3: String?

    init(place: Place, countryName: String?, countryAlpha3: String?, providerName: String?) {
        self.place = place
        self.region = place.regionCode.map(SearchText.fold)
        self.city = place.city.map(SearchText.fold)
        self.countryName = countryName.map(SearchText.fold)
        self.alpha3 = countryAlpha3.map(SearchText.fold)
        self.text = SearchText([place.code, place.displayName, place.city, countryName, place.provider, providerName]
            .compactMap { $0 })
    }
}

extension RegionCatalogue {
    /// Places matching free text: city, country name or code, region code or display name.
    ///
    /// Matching ignores case and accents ("sao paulo" finds São Paulo). A two-letter country code
    /// matches exactly (`DE`: every region in Germany and the country itself), as does a group
    /// name (`EU`, `UK`: every place wholly inside it); other text matches any part of a name or
    /// code (`eu-west`, `frankfurt`, `aws`). Several words must all match (`aws frankfurt`) unless
    /// the whole phrase already does (`new york`). An empty query returns every place.
    /// Results keep catalogue order.
    public func search(_ query: String) -> [Place] {
        let phrase = SearchText.fold(query).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !phrase.isEmpty else { return allPlaces }
        let phraseHits = data.searchEntries.filter { matches($0, phrase) }
        guard phraseHits.isEmpty, phrase.contains(" ") else { return phraseHits.map(\.place) }
        let words = phrase.split(separator: " ").map(String.init)
        return data.searchEntries
            .filter { entry in words.allSatisfy { matches(entry, $0) } }
            .map(\.place)
    }

    private func matches(_ entry: PlaceSearchEntry, _ term: String) -> Bool {
        if term.count == 2, let country = country(ignoringCase: term) {
            // Exact only: as a substring, "de" would also find Sweden and Hyderabad.
            return entry.place.country == country.alpha2 || entry.region == term
        }
        if let group = group(named: term) {
            return entry.place.countries.isSubset(of: group.countries)
        }
        if entry.alpha3 == term { return true }
        return entry.text.contains(folded: term)
    }
}
