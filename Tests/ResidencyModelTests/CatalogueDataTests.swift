import Testing
@testable import ResidencyModel

@Suite("Catalogue data")
struct CatalogueDataTests {
    let catalogue = RegionCatalogue.standard

    @Test("the built-in tables load without a single unusable line")
    func tablesLoadCleanly() {
        #expect(catalogue.data.problems == [])
    }

    @Test("every ISO 3166-1 country is present, once")
    func allCountries() {
        let codes = catalogue.allCountries.map(\.alpha2)
        #expect(codes.count == 249)
        #expect(Set(codes).count == 249)
        #expect(Set(catalogue.allCountries.map(\.alpha3)).count == 249)
        // Countries that host no cloud region still resolve: people and vendors sit there.
        for code in ["AQ", "VA", "TV", "KP", "AX", "BQ", "SJ", "UM"] {
            #expect(catalogue.country(code) != nil, "missing \(code)")
            #expect(catalogue.place(for: code)?.country == code)
        }
        #expect(catalogue.country("DE")?.alpha3 == "DEU")
        #expect(catalogue.country("CI")?.name == "Côte d'Ivoire")
    }

    @Test("EU has 27 members, EEA 30, and membership implies EEA")
    func membership() {
        let eu = catalogue.allCountries.filter(\.euMember)
        let eea = catalogue.allCountries.filter(\.eeaMember)
        #expect(eu.count == 27)
        #expect(eea.count == 30)
        #expect(eu.allSatisfy { $0.eeaMember })
        #expect(Set(eea.map(\.alpha2)).subtracting(eu.map(\.alpha2)) == ["IS", "LI", "NO"])
        #expect(catalogue.country("GB")?.euMember == false)
        #expect(catalogue.country("CH")?.eeaMember == false)
    }

    @Test("adequacy standing as the Commission decided it")
    func adequacy() {
        #expect(catalogue.country("US")?.adequacy == .partial)
        #expect(catalogue.country("CA")?.adequacy == .partial)
        for code in ["CH", "GB", "JP", "KR", "NZ", "IL", "AR", "UY", "AD", "FO", "GG", "IM", "JE", "BR"] {
            #expect(catalogue.country(code)?.adequacy == .yes, "\(code)")
        }
        for code in ["IN", "CN", "SG", "AU", "AE", "MX"] {
            #expect(catalogue.country(code)?.adequacy == .no, "\(code)")
        }
    }

    @Test("countries missing from the transfer table are outside EU and EEA, without adequacy")
    func absentFromTransferTable() throws {
        for code in ["AX", "RE", "TR", "UA", "RU", "VA"] {
            let country = try #require(catalogue.country(code))
            #expect(!country.euMember && !country.eeaMember && country.adequacy == .no, "\(code)")
            #expect(country.jurisdiction == code)
        }
    }

    @Test("jurisdictions: EU, EEA, UK, or the country's own code")
    func jurisdictions() {
        #expect(catalogue.country("DE")?.jurisdiction == "EU")
        #expect(catalogue.country("NO")?.jurisdiction == "EEA")
        #expect(catalogue.country("IS")?.jurisdiction == "EEA")
        #expect(catalogue.country("GB")?.jurisdiction == "UK")
        #expect(catalogue.country("CH")?.jurisdiction == "CH")
        #expect(catalogue.country("US")?.jurisdiction == "US")
        #expect(catalogue.country("JP")?.jurisdiction == "JP")
    }

    @Test("every cloud region names a known country or a group, and codes are unique")
    func regionsAreWellFormed() {
        let regions = catalogue.allPlaces.filter { !$0.isCountry }
        #expect(regions.count == 183)  // 181 from the reference data plus gcp:eu and gcp:us
        #expect(Set(regions.map { $0.code.lowercased() }).count == regions.count)
        for place in regions {
            #expect(!place.countries.isEmpty, "\(place.code)")
            #expect(place.countries.allSatisfy { catalogue.country($0) != nil }, "\(place.code)")
            if let country = place.country {
                #expect(place.countries == [country])
                #expect(place.jurisdiction == catalogue.country(country)?.jurisdiction)
            }
        }
        #expect(catalogue.providers == ["aws", "gcp", "azure", "hetzner", "ovhcloud", "digitalocean", "cloudflare"])
    }

    @Test("cloud regions come first in allPlaces, grouped by provider, then countries")
    func placeOrder() {
        let places = catalogue.allPlaces
        #expect(places.count == 183 + 249)
        let firstCountry = places.firstIndex(where: \.isCountry) ?? places.count
        #expect(places[firstCountry...].allSatisfy { $0.isCountry })
        var seenProviders: [String] = []
        for provider in places.compactMap(\.provider) where seenProviders.last != provider {
            #expect(!seenProviders.contains(provider), "\(provider) is split")
            seenProviders.append(provider)
        }
    }

    @Test("a broken table is reported line by line, never a crash")
    func brokenTablesAreReported() {
        let data = CatalogueData(
            cloudRegions: """
                provider\tregion_code\tdisplay_name\tcity\tcountry_iso2\tjurisdiction
                aws\teu-central-1\tEurope (Frankfurt)\tFrankfurt\tDE\tEU
                aws\teu-central-1\tDuplicate\tFrankfurt\tDE\tEU
                aws\tnowhere-1\tNowhere\t\tZZ\tZZ
                aws\tmislabelled-1\tMislabelled\tParis\tFR\tUS
                cloudflare\tmars\tMars\t\t\tMARS
                too\tshort
                """,
            countries: "alpha2\talpha3\tname\nDE\tDEU\tGermany\nFR\tFRA\tFrance\nfr\tfra\tlower\n",
            transfers: "c\tn\teu\teea\tadequacy\nDE\tGermany\tyes\tyes\tno\nFR\tFrance\tyes\tmaybe\tno\nXX\tX\tno\tno\tno\n"
        )
        let problems = data.problems.joined(separator: "\n")
        #expect(problems.contains("eu-central-1 is listed twice"))
        #expect(problems.contains("unknown country ZZ"))
        #expect(problems.contains("says jurisdiction US"))
        #expect(problems.contains("no country and no known group"))
        #expect(problems.contains("cloud-regions line 7: unreadable"))
        #expect(problems.contains("iso3166-countries line 4: unreadable"))
        #expect(problems.contains("eu-transfer-status line 3: unreadable"))
        #expect(problems.contains("XX is not an ISO 3166 country"))
        // What could be read is still usable; the mislabelled row takes the country's jurisdiction.
        #expect(data.placesByKey["aws:eu-central-1"]?.displayName == "Europe (Frankfurt)")
        #expect(data.placesByKey["aws:mislabelled-1"]?.jurisdiction == "FR")
        #expect(data.countriesByCode["FR"]?.euMember == false)  // its standing row was unreadable
    }
}
