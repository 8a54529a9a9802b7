/// The catalogue as plain-text tables for a terminal (`resmap regions`). Columns are padded by
/// display width, so "São Paulo" and "東京" keep the table aligned.
public struct CatalogueListing: Sendable {
    public var catalogue: RegionCatalogue

    public init(catalogue: RegionCatalogue = .standard) {
        self.catalogue = catalogue
    }

    /// One table: code, name, city, country, jurisdiction.
    public func table(of places: [Place]) -> String {
        placeTable(places).render()
    }

    /// One section per provider in catalogue order ("AWS (35 regions)"), then the countries;
    /// the columns line up across the providers' sections.
    public func tableByProvider(of places: [Place]) -> String {
        var sections: [(heading: String, table: TextTable)] = []
        var countrySection: (heading: String, table: TextTable)?
        for provider in catalogue.providers {
            let regions = places.filter { $0.provider == provider }
            guard !regions.isEmpty else { continue }
            let name = catalogue.providerName(provider) ?? provider
            let noun = regions.count == 1 ? "region" : "regions"
            sections.append(("\(name) (\(regions.count) \(noun))", placeTable(regions)))
        }
        let countries = places.filter(\.isCountry)
        if !countries.isEmpty {
            countrySection = ("Countries (\(countries.count))", placeTable(countries))
        }
        let widths = TextTable.widths(of: sections.map(\.table))
        var blocks = sections.map { "\($0.heading)\n\($0.table.render(widths: widths))" }
        if let countrySection {
            blocks.append("\(countrySection.heading)\n\(countrySection.table.render())")
        }
        return blocks.joined(separator: "\n\n")
    }

    /// The named region groups: name, how many countries, what it stands for.
    public func groupsTable() -> String {
        let rows = catalogue.groups.map { group in
            [group.name, "\(group.countries.count)", group.summary]
        }
        return TextTable(header: ["GROUP", "COUNTRIES", "MEANING"], rows: rows).render()
    }

    private func placeTable(_ places: [Place]) -> TextTable {
        let rows = places.map { place -> [String] in
            let country: String
            if let alpha2 = place.country {
                country = catalogue.country(alpha2)?.name ?? alpha2
            } else {
                country = "\(place.countries.count) countries"
            }
            return [place.code, place.displayName, place.city ?? "", country, place.jurisdiction]
        }
        return TextTable(header: ["CODE", "NAME", "CITY", "COUNTRY", "JURISDICTION"], rows: rows)
    }
}
