import Testing
import ResidencyModel

@Suite("Catalogue search")
struct CatalogueSearchTests {
    let catalogue = RegionCatalogue.standard

    private func codes(_ query: String) -> [String] {
        catalogue.search(query).map(\.code)
    }

    @Test("frankfurt finds the AWS, GCP, Azure and DigitalOcean regions there")
    func frankfurt() {
        let found = codes("frankfurt")
        for code in ["aws:eu-central-1", "gcp:europe-west3", "azure:germanywestcentral", "digitalocean:fra1"] {
            #expect(found.contains(code), "\(code)")
        }
        #expect(!found.contains("hetzner:fsn1"))
        #expect(!found.contains("DE"))
        #expect(codes("FRANKFURT") == found)
    }

    @Test("a country code lists every place in that country and the country itself, nothing else")
    func countryCode() throws {
        let places = catalogue.search("DE")
        let expected = catalogue.allPlaces.filter { $0.country == "DE" }.map(\.code)
        #expect(places.map(\.code) == expected)
        #expect(places.contains { $0.code == "DE" })
        #expect(places.contains { $0.code == "hetzner:fsn1" })
        // "de" as a substring would also find Sweden Central and Hyderabad: it must not.
        #expect(!places.contains { $0.code == "azure:swedencentral" })
        #expect(!places.contains { $0.code == "aws:ap-south-2" })
        #expect(codes("de") == expected)
    }

    @Test("part of a region code finds the regions that carry it")
    func regionCodeFragment() {
        let found = codes("eu-west")
        #expect(found.contains("aws:eu-west-1"))
        #expect(found.contains("aws:eu-west-2"))
        #expect(found.contains("aws:eu-west-3"))
        #expect(!found.contains("aws:eu-central-1"))
        #expect(!found.contains("gcp:europe-west3"))
    }

    @Test("case and accents do not matter")
    func foldsCaseAndAccents() {
        #expect(codes("sao paulo").contains("aws:sa-east-1"))
        #expect(codes("SÃO PAULO") == codes("sao paulo"))
        #expect(codes("gavle") == ["azure:swedencentral"])
        #expect(codes("Montreal").contains("gcp:northamerica-northeast1"))
    }

    @Test("country names, alpha-3 codes, providers and groups")
    func otherFields() {
        #expect(codes("germany") == codes("DE"))
        #expect(codes("deu") == codes("DE"))
        #expect(codes("hetzner").count == 6)
        #expect(codes("Google Cloud") == catalogue.places(ofProvider: "gcp").map(\.code))
        let uk = codes("UK")
        #expect(uk.contains("aws:eu-west-2") && uk.contains("GB") && uk.contains("azure:ukwest"))
        #expect(!uk.contains("UA"))  // Ukraine is not in the UK
        let eu = catalogue.search("EU")
        #expect(eu.allSatisfy { catalogue.place($0, isInside: RegionSpec("EU")) })
        #expect(eu.contains { $0.code == "cloudflare:eu" })
        #expect(!eu.contains { $0.code == "aws:eu-west-2" })
    }

    @Test("several words must all match unless the phrase already does")
    func severalWords() {
        #expect(codes("aws frankfurt") == ["aws:eu-central-1"])
        #expect(codes("azure DE") == ["azure:germanynorth", "azure:germanywestcentral"])
        #expect(codes("new york") == ["digitalocean:nyc1", "digitalocean:nyc2", "digitalocean:nyc3"])
        #expect(codes("  frankfurt   aws ") == ["aws:eu-central-1"])
    }

    @Test("an empty query lists everything; nonsense lists nothing")
    func edges() {
        #expect(catalogue.search("").count == catalogue.allPlaces.count)
        #expect(catalogue.search("   ").count == catalogue.allPlaces.count)
        #expect(catalogue.search("atlantis").isEmpty)
        #expect(catalogue.search("\u{1B}[31m").isEmpty)
    }
}
