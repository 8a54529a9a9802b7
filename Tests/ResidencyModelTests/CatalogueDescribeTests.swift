import Testing
import ResidencyModel

@Suite("Catalogue descriptions")
struct CatalogueDescribeTests {
    let catalogue = RegionCatalogue.standard

    private func describe(_ code: String) -> String? {
        catalogue.place(for: code).map(catalogue.describe)
    }

    @Test("a place reads as city and country, as people say it")
    func places() {
        #expect(describe("aws:eu-central-1") == "Frankfurt, Germany")
        #expect(describe("azure:swedencentral") == "Gävle, Sweden")
        #expect(describe("DE") == "Germany")
        #expect(describe("aws:me-central-1") == "United Arab Emirates")  // no published city
        #expect(describe("aws:ap-southeast-1") == "Singapore")  // not "Singapore, Singapore"
        #expect(describe("aws:ap-east-1") == "Hong Kong")
        #expect(describe("cloudflare:eu") == "EU (several countries)")
        #expect(describe("ovhcloud:GRA11") == "Gravelines, France")
    }

    @Test("the short label is the country code, or the group a place spans")
    func shortLabels() throws {
        #expect(try catalogue.shortLabel(#require(catalogue.place(for: "aws:eu-west-2"))) == "GB")
        #expect(try catalogue.shortLabel(#require(catalogue.place(for: "cloudflare:eu"))) == "EU")
        #expect(try catalogue.shortLabel(#require(catalogue.place(for: "ch"))) == "CH")
    }

    @Test("a location lists its places; unknown codes are kept as written")
    func locations() {
        #expect(catalogue.describe(Location.unknown) == "unknown location")
        #expect(catalogue.describe(Location.places(["aws:eu-central-1"])) == "Frankfurt, Germany")
        #expect(catalogue.describe(Location.places(["aws:eu-central-1", "azure:northeurope"]))
            == "Frankfurt, Germany; Dublin, Ireland")
        #expect(catalogue.describe(Location.places(["mars:base-1"])) == "mars:base-1 (not in the catalogue)")
    }

    @Test("a region names its groups and countries")
    func regions() {
        #expect(catalogue.describe(RegionSpec("eu")) == "EU")
        #expect(catalogue.describe(RegionSpec("eea+adequacy")) == "EEA+adequacy")
        #expect(catalogue.describe(RegionSpec("UK")) == "United Kingdom")
        #expect(catalogue.describe(RegionSpec(["DE", "at"])) == "Germany and Austria")
        #expect(catalogue.describe(RegionSpec(["DE", "AT", "CH"])) == "Germany, Austria and Switzerland")
        #expect(catalogue.describe(RegionSpec(["EU", "Atlantis"])) == "EU and Atlantis")
        #expect(catalogue.describe(RegionSpec([])) == "no region")
    }
}
