/// The catalogue's built-in tables, parsed once and indexed so that lookups take constant time.
struct CatalogueData: Sendable {
    /// Parsed on first use; every `RegionCatalogue` shares it.
    static let shared = CatalogueData(
        cloudRegions: CloudRegionTable.tsv,
        countries: CountryTable.tsv,
        transfers: EUTransferTable.tsv
    )

    /// Providers whose region names carry instance suffixes, matched by the longest known prefix
    /// (`ovhcloud:GRA11` is `ovhcloud:GRA`).
    static let prefixMatchedProviders: Set<String> = ["ovhcloud"]

    /// How people name each provider.
    static let providerNames: [String: String] = [
        "aws": "AWS",
        "gcp": "Google Cloud",
        "azure": "Microsoft Azure",
        "hetzner": "Hetzner",
        "ovhcloud": "OVHcloud",
        "digitalocean": "DigitalOcean",
        "cloudflare": "Cloudflare",
    ]

    struct PrefixEntry: Sendable {
        let prefix: String
        let place: Place
    }

    /// Providers in the order the region table lists them.
    let providers: [String]
    /// Cloud regions in table order, then one place per country in alpha-2 order.
    let allPlaces: [Place]
    /// Countries in alpha-2 order.
    let countries: [Country]
    let countriesByCode: [String: Country]
    /// Every exact code, lower-cased: `aws:eu-central-1`, `ovhcloud:gra`, `de`.
    let placesByKey: [String: Place]
    /// Per prefix-matched provider, its regions with the longest prefix first.
    let prefixEntries: [String: [PrefixEntry]]
    let groups: [RegionGroup]
    let groupsByKey: [String: RegionGroup]
    /// Folded search text per place, aligned with `allPlaces`.
    let searchEntries: [PlaceSearchEntry]
    /// Each place's index in `allPlaces`, by canonical code, for ranking in catalogue order.
    let positions: [String: Int]
    /// Lines of the built-in tables that could not be used. Empty when the data is sound.
    let problems: [String]

    init(cloudRegions: String, countries countryText: String, transfers: String) {
        var problems: [String] = []

        let countries = Self.parseCountries(countryText, transfers: transfers, problems: &problems)
        let countriesByCode = Dictionary(countries.map { ($0.alpha2, $0) }, uniquingKeysWith: { first, _ in first })
        let groups = RegionGroup.standardGroups(from: countries)
        let groupsByKey = Dictionary(
            groups.map { (RegionGroup.lookupKey($0.name), $0) },
            uniquingKeysWith: { first, _ in first }
        )

        let regions = Self.parseRegions(
            cloudRegions,
            countriesByCode: countriesByCode,
            groupsByKey: groupsByKey,
            problems: &problems
        )
        let countryPlaces = countries.map { country in
            Place(
                code: country.alpha2,
                provider: nil,
                displayName: country.name,
                city: nil,
                country: country.alpha2,
                jurisdiction: country.jurisdiction,
                countries: [country.alpha2]
            )
        }

        var providers: [String] = []
        var placesByKey: [String: Place] = [:]
        var prefixEntries: [String: [PrefixEntry]] = [:]
        for place in regions + countryPlaces {
            let key = place.code.lowercased()
            if placesByKey[key] != nil {
                problems.append("cloud-regions: \(place.code) is listed twice; the first row is used")
                continue
            }
            placesByKey[key] = place
            guard let provider = place.provider, let region = place.regionCode else { continue }
            if !providers.contains(provider) { providers.append(provider) }
            if Self.prefixMatchedProviders.contains(provider) {
                prefixEntries[provider, default: []].append(PrefixEntry(prefix: region.lowercased(), place: place))
            }
        }
        for provider in prefixEntries.keys {
            prefixEntries[provider]?.sort { $0.prefix.count > $1.prefix.count }
        }

        let allPlaces = regions + countryPlaces
        self.providers = providers
        self.allPlaces = allPlaces
        self.countries = countries
        self.countriesByCode = countriesByCode
        self.placesByKey = placesByKey
        self.prefixEntries = prefixEntries
        self.groups = groups
        self.groupsByKey = groupsByKey
        self.searchEntries = allPlaces.map { place in
            PlaceSearchEntry(
                place: place,
                countryName: place.country.flatMap { countriesByCode[$0]?.name },
                countryAlpha3: place.country.flatMap { countriesByCode[$0]?.alpha3 },
                providerName: place.provider.flatMap { Self.providerNames[$0] }
            )
        }
        self.positions = Dictionary(
            allPlaces.enumerated().map { ($0.element.code, $0.offset) },
            uniquingKeysWith: { first, _ in first }
        )
        self.problems = problems
    }

    // MARK: - Parsing

    private static func parseCountries(_ text: String, transfers: String, problems: inout [String]) -> [Country] {
        struct Standing {
            let eu: Bool
            let eea: Bool
            let adequacy: AdequacyStatus
        }
        var standings: [String: Standing] = [:]
        for row in TSVRows.parse(transfers) {
            let code = row[0]
            guard row.fields.count == 5, isAlpha2(code),
                  let eu = yesNo(row[2]), let eea = yesNo(row[3]),
                  let adequacy = AdequacyStatus(rawValue: row[4]) else {
                problems.append("eu-transfer-status line \(row.line): unreadable row \(row.fields)")
                continue
            }
            if eu && !eea {
                problems.append("eu-transfer-status line \(row.line): \(code) is in the EU but not the EEA")
            }
            if standings[code] != nil {
                problems.append("eu-transfer-status line \(row.line): \(code) is listed twice")
                continue
            }
            standings[code] = Standing(eu: eu, eea: eea, adequacy: adequacy)
        }

        var countries: [Country] = []
        var seen: Set<String> = []
        for row in TSVRows.parse(text) {
            let alpha2 = row[0], alpha3 = row[1], name = row[2]
            guard row.fields.count == 3, isAlpha2(alpha2), alpha3.count == 3,
                  alpha3.allSatisfy({ $0.isASCII && $0.isUppercase }), !name.isEmpty else {
                problems.append("iso3166-countries line \(row.line): unreadable row \(row.fields)")
                continue
            }
            guard seen.insert(alpha2).inserted else {
                problems.append("iso3166-countries line \(row.line): \(alpha2) is listed twice")
                continue
            }
            // Countries the transfer table omits are outside the EU and EEA, without adequacy.
            let standing = standings[alpha2] ?? Standing(eu: false, eea: false, adequacy: .no)
            countries.append(Country(
                alpha2: alpha2,
                alpha3: alpha3,
                name: name,
                euMember: standing.eu,
                eeaMember: standing.eea,
                adequacy: standing.adequacy
            ))
        }
        for code in standings.keys.sorted() where !seen.contains(code) {
            problems.append("eu-transfer-status: \(code) is not an ISO 3166 country")
        }
        return countries.sorted { $0.alpha2 < $1.alpha2 }
    }

    private static func parseRegions(
        _ text: String,
        countriesByCode: [String: Country],
        groupsByKey: [String: RegionGroup],
        problems: inout [String]
    ) -> [Place] {
        var places: [Place] = []
        for row in TSVRows.parse(text) {
            let provider = row[0], region = row[1], displayName = row[2]
            let city = row[3], countryCode = row[4], jurisdictionColumn = row[5]
            guard row.fields.count == 6, !provider.isEmpty, !region.isEmpty, !displayName.isEmpty,
                  provider == provider.lowercased(), !provider.contains(":"), !region.contains(":") else {
                problems.append("cloud-regions line \(row.line): unreadable row \(row.fields)")
                continue
            }
            let code = "\(provider):\(region)"
            let country: String?
            let jurisdiction: String
            let countries: Set<String>
            if countryCode.isEmpty {
                // A region spanning a whole group (Cloudflare's `eu`).
                guard let group = groupsByKey[RegionGroup.lookupKey(jurisdictionColumn)] else {
                    problems.append("cloud-regions line \(row.line): \(code) has no country and no known group")
                    continue
                }
                country = nil
                jurisdiction = group.name
                countries = group.countries
            } else {
                guard let known = countriesByCode[countryCode] else {
                    problems.append("cloud-regions line \(row.line): \(code) names unknown country \(countryCode)")
                    continue
                }
                if known.jurisdiction != jurisdictionColumn {
                    problems.append(
                        "cloud-regions line \(row.line): \(code) says jurisdiction \(jurisdictionColumn), "
                            + "but \(countryCode) is \(known.jurisdiction)"
                    )
                }
                country = known.alpha2
                jurisdiction = known.jurisdiction
                countries = [known.alpha2]
            }
            places.append(Place(
                code: code,
                provider: provider,
                displayName: displayName,
                city: city.isEmpty ? nil : city,
                country: country,
                jurisdiction: jurisdiction,
                countries: countries
            ))
        }
        return places
    }

    private static func isAlpha2(_ text: String) -> Bool {
        text.count == 2 && text.allSatisfy { $0.isASCII && $0.isUppercase }
    }

    private static func yesNo(_ text: String) -> Bool? {
        switch text {
        case "yes": return true
        case "no": return false
        default: return nil
        }
    }
}
