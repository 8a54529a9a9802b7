import Testing
import ResidencyModel

@Suite("Catalogue regions")
struct CatalogueRegionTests {
    let catalogue = RegionCatalogue.standard

    @Test("named groups expand to their countries")
    func groups() throws {
        #expect(catalogue.groupNames == ["EU", "EEA", "EEA+adequacy", "UK", "US", "CH"])
        #expect(catalogue.countries(in: RegionSpec("EU"))?.count == 27)
        #expect(catalogue.countries(in: RegionSpec("EEA"))?.count == 30)
        #expect(catalogue.countries(in: RegionSpec("UK")) == ["GB"])
        #expect(catalogue.countries(in: RegionSpec("GB")) == ["GB"])
        #expect(catalogue.countries(in: RegionSpec("US")) == ["US"])
        #expect(catalogue.countries(in: RegionSpec("CH")) == ["CH"])
    }

    @Test("EEA+adequacy is the EEA plus full adequacy decisions only, never the partial ones")
    func eeaPlusAdequacy() throws {
        let countries = try #require(catalogue.countries(in: RegionSpec("EEA+adequacy")))
        let eea = try #require(catalogue.countries(in: RegionSpec("EEA")))
        #expect(countries.isSuperset(of: eea))
        for code in ["CH", "GB", "JP", "KR", "NZ", "IL", "UY", "AR"] {
            #expect(countries.contains(code), "\(code)")
        }
        #expect(!countries.contains("US"))
        #expect(!countries.contains("CA"))
        #expect(!countries.contains("IN"))
        let expected = Set(catalogue.allCountries.filter { $0.eeaMember || $0.adequacy == .yes }.map(\.alpha2))
        #expect(countries == expected)
    }

    @Test("terms are case-insensitive and ignore spaces; lists are unions")
    func termsAndLists() {
        #expect(catalogue.countries(in: RegionSpec("eu")) == catalogue.countries(in: RegionSpec("EU")))
        #expect(catalogue.countries(in: RegionSpec("eea + adequacy")) == catalogue.countries(in: RegionSpec("EEA+adequacy")))
        #expect(catalogue.countries(in: RegionSpec(["de", "AT"])) == ["DE", "AT"])
        #expect(catalogue.countries(in: RegionSpec(["EU", "UK"]))?.count == 28)
        #expect(catalogue.group(named: "eea+ADEQUACY")?.name == "EEA+adequacy")
    }

    @Test("unknown terms make the region unreadable and are reported as written")
    func unknownTerms() {
        let region = RegionSpec(["EU", "Europe", "XX", "DEU", "aws:eu-central-1"])
        #expect(catalogue.unknownTerms(in: region) == ["Europe", "XX", "DEU", "aws:eu-central-1"])
        #expect(catalogue.countries(in: region) == nil)
        #expect(catalogue.unknownTerms(in: RegionSpec(["EU", "gb", "EEA+adequacy"])) == [])
    }

    @Test("a place is inside a region only if every country it may be in is")
    func containment() throws {
        let frankfurt = try #require(catalogue.place(for: "aws:eu-central-1"))
        let london = try #require(catalogue.place(for: "aws:eu-west-2"))
        let oslo = try #require(catalogue.place(for: "azure:norwayeast"))
        let cloudflareEU = try #require(catalogue.place(for: "cloudflare:eu"))
        let virginia = try #require(catalogue.place(for: "aws:us-east-1"))

        #expect(catalogue.place(frankfurt, isInside: RegionSpec("EU")))
        #expect(catalogue.place(frankfurt, isInside: RegionSpec("DE")))
        #expect(!catalogue.place(frankfurt, isInside: RegionSpec("AT")))
        #expect(!catalogue.place(london, isInside: RegionSpec("EU")))
        #expect(catalogue.place(london, isInside: RegionSpec(["EU", "UK"])))
        #expect(catalogue.place(london, isInside: RegionSpec("EEA+adequacy")))
        #expect(!catalogue.place(oslo, isInside: RegionSpec("EU")))
        #expect(catalogue.place(oslo, isInside: RegionSpec("EEA")))
        #expect(!catalogue.place(virginia, isInside: RegionSpec("EEA+adequacy")))
        #expect(catalogue.place(virginia, isInside: RegionSpec("US")))

        // A place spanning the whole EU is inside the EU and the EEA, but not inside any one member.
        #expect(catalogue.place(cloudflareEU, isInside: RegionSpec("EU")))
        #expect(catalogue.place(cloudflareEU, isInside: RegionSpec("EEA")))
        #expect(!catalogue.place(cloudflareEU, isInside: RegionSpec("DE")))
        #expect(!catalogue.place(cloudflareEU, isInside: RegionSpec(["DE", "FR", "IE"])))
    }

    @Test("a region the catalogue cannot read contains nothing")
    func unreadableRegionContainsNothing() throws {
        let frankfurt = try #require(catalogue.place(for: "aws:eu-central-1"))
        #expect(!catalogue.place(frankfurt, isInside: RegionSpec(["EU", "Europe"])))
        #expect(!catalogue.place(frankfurt, isInside: RegionSpec([])))
    }
}
