import Testing
import ResidencyModel

@Suite("Catalogue lookups")
struct CatalogueLookupTests {
    let catalogue = RegionCatalogue.standard

    @Test("the issue's example codes resolve to city, country and jurisdiction", arguments: [
        ("aws:eu-central-1", "Frankfurt", "DE", "EU"),
        ("gcp:europe-west3", "Frankfurt", "DE", "EU"),
        ("azure:germanywestcentral", "Frankfurt", "DE", "EU"),
        ("hetzner:fsn1", "Falkenstein", "DE", "EU"),
        ("ovhcloud:GRA11", "Gravelines", "FR", "EU"),
        ("digitalocean:fra1", "Frankfurt", "DE", "EU"),
        ("aws:eu-west-2", "London", "GB", "UK"),
        ("azure:norwayeast", "Oslo", "NO", "EEA"),
        ("gcp:europe-west6", "Zurich", "CH", "CH"),
        ("aws:us-east-1", "N. Virginia", "US", "US"),
        ("azure:swedencentral", "Gävle", "SE", "EU"),
        ("aws:sa-east-1", "São Paulo", "BR", "BR"),
    ])
    func resolves(code: String, city: String, country: String, jurisdiction: String) throws {
        let place = try #require(catalogue.place(for: code))
        #expect(place.city == city)
        #expect(place.country == country)
        #expect(place.jurisdiction == jurisdiction)
        #expect(place.countries == [country])
        #expect(place.provider == code.split(separator: ":").first.map(String.init))
    }

    @Test("provider and region are case-insensitive; the canonical code is the catalogue's")
    func caseInsensitive() throws {
        let place = try #require(catalogue.place(for: "AWS:EU-Central-1"))
        #expect(place.code == "aws:eu-central-1")
        #expect(catalogue.place(for: "ovhcloud:gra11")?.code == "ovhcloud:GRA")
        #expect(catalogue.place(for: "Azure:GermanyWestCentral")?.code == "azure:germanywestcentral")
        #expect(catalogue.place(for: "  hetzner:fsn1 ")?.code == "hetzner:fsn1")
        #expect(place.regionCode == "eu-central-1")
    }

    @Test("OVHcloud names match the longest known prefix followed by an instance suffix", arguments: [
        ("ovhcloud:GRA11", "ovhcloud:GRA"),
        ("ovhcloud:GRA", "ovhcloud:GRA"),
        ("ovhcloud:SBG5", "ovhcloud:SBG"),
        ("ovhcloud:DE1", "ovhcloud:DE"),
        ("ovhcloud:UK1", "ovhcloud:UK"),
        ("ovhcloud:BHS5", "ovhcloud:BHS"),
        ("ovhcloud:WAW1", "ovhcloud:WAW"),
        ("ovhcloud:US-EAST-VA-1", "ovhcloud:US-EAST-VA"),
        ("ovhcloud:EU-WEST-PAR-A", "ovhcloud:EU-WEST-PAR"),
        ("ovhcloud:eu-south-mil-b", "ovhcloud:EU-SOUTH-MIL"),
    ])
    func ovhPrefix(code: String, canonical: String) {
        #expect(catalogue.place(for: code)?.code == canonical)
    }

    @Test("a prefix followed by anything but an instance suffix does not resolve", arguments: [
        "ovhcloud:GRAVELINES", "ovhcloud:DEX", "ovhcloud:UK-LONDON", "ovhcloud:XYZ1", "ovhcloud:",
    ])
    func ovhPrefixRejects(code: String) {
        #expect(catalogue.place(for: code) == nil)
    }

    @Test("only OVHcloud is matched by prefix")
    func noPrefixMatchElsewhere() {
        #expect(catalogue.place(for: "aws:eu-central-11") == nil)
        #expect(catalogue.place(for: "digitalocean:fra12") == nil)
    }

    @Test("a bare two-letter code is an ISO country, any case")
    func countries() throws {
        let germany = try #require(catalogue.place(for: "de"))
        #expect(germany.code == "DE")
        #expect(germany.provider == nil)
        #expect(germany.isCountry)
        #expect(germany.displayName == "Germany")
        #expect(germany.jurisdiction == "EU")
        #expect(germany.regionCode == nil)
        #expect(catalogue.place(for: "GB")?.jurisdiction == "UK")
        #expect(catalogue.place(for: "LI")?.jurisdiction == "EEA")
        #expect(catalogue.place(for: "SG")?.jurisdiction == "SG")
        // `country(_:)` is exact, so a code kept as written ("de") is never taken as canonical.
        #expect(catalogue.country("DE")?.name == "Germany")
        #expect(catalogue.country("de") == nil)
        #expect(catalogue.country(" DE") == nil)
    }

    @Test("what is not a place does not resolve", arguments: [
        "unknown", "", "XX", "EU", "UK", "DEU", "Germany", "aws:", ":eu-central-1",
        "aws:europe-west3", "gcp:eu-central-1", "amazon:eu-central-1", "aws:eu-central-1:extra",
        "aws: eu-central-1", "DE,AT",
    ])
    func unresolved(code: String) {
        #expect(catalogue.place(for: code) == nil)
    }

    @Test("Cloudflare's eu key spans every EU member and no single country")
    func cloudflareEU() throws {
        let place = try #require(catalogue.place(for: "cloudflare:eu"))
        #expect(place.country == nil)
        #expect(place.city == nil)
        #expect(place.jurisdiction == "EU")
        #expect(place.countries.count == 27)
        #expect(place.countries.contains("DE") && place.countries.contains("IE"))
        #expect(!place.countries.contains("NO") && !place.countries.contains("GB"))
        #expect(place.spansSeveralCountries)
        #expect(catalogue.place(for: "cloudflare:fedramp")?.countries == ["US"])
        #expect(catalogue.place(for: "cloudflare:ca")?.jurisdiction == "CA")
    }

    @Test("Google Cloud multi-regions: eu spans the EU, us is the United States")
    func gcpMultiRegions() {
        #expect(catalogue.place(for: "gcp:eu")?.countries.count == 27)
        #expect(catalogue.place(for: "gcp:eu")?.jurisdiction == "EU")
        #expect(catalogue.place(for: "gcp:us")?.countries == ["US"])
    }

    @Test("AWS regions without a published city still resolve to their country")
    func regionWithoutCity() throws {
        let place = try #require(catalogue.place(for: "aws:me-central-1"))
        #expect(place.city == nil)
        #expect(place.country == "AE")
    }

    @Test("the countries of a location: the union of its places, nil when unknown or unresolved")
    func countriesOfLocation() {
        #expect(catalogue.countries(of: .places(["aws:eu-central-1", "azure:northeurope"])) == ["DE", "IE"])
        #expect(catalogue.countries(of: .places(["cloudflare:eu"]))?.count == 27)
        #expect(catalogue.countries(of: .places(["aws:eu-central-1", "nowhere:1"])) == nil)
        #expect(catalogue.countries(of: .unknown) == nil)
    }

    @Test("providers have names people use")
    func providerNames() {
        #expect(catalogue.providerName("gcp") == "Google Cloud")
        #expect(catalogue.providerName("OVHCLOUD") == "OVHcloud")
        #expect(catalogue.providerName("ovh") == nil)
        #expect(catalogue.places(ofProvider: "hetzner").map(\.code)
            == ["hetzner:fsn1", "hetzner:nbg1", "hetzner:hel1", "hetzner:ash", "hetzner:hil", "hetzner:sin"])
    }
}
