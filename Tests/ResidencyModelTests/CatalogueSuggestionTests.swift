import Testing
@testable import ResidencyModel

@Suite("Catalogue suggestions")
struct CatalogueSuggestionTests {
    let catalogue = RegionCatalogue.standard

    @Test("a typo in a region code suggests the code it is closest to, first")
    func typo() {
        #expect(catalogue.suggestions(for: "aws:eu-centrl-1").first == "aws:eu-central-1")
        #expect(catalogue.suggestions(for: "azure:westeurop") == ["azure:westeurope"])
        #expect(catalogue.suggestions(for: "aws-eu-central-1").first == "aws:eu-central-1")
        #expect(catalogue.suggestions(for: "awz:eu-central-1").first == "aws:eu-central-1")
    }

    @Test("a city in place of a region code suggests the regions in that city")
    func city() {
        #expect(catalogue.suggestions(for: "aws:frankfurt") == ["aws:eu-central-1"])
        #expect(catalogue.suggestions(for: "azure:Frankfurt") == ["azure:germanywestcentral"])
        let anywhere = catalogue.suggestions(for: "frankfurt")
        for code in ["aws:eu-central-1", "gcp:europe-west3", "azure:germanywestcentral", "digitalocean:fra1"] {
            #expect(anywhere.contains(code), "\(code)")
        }
        #expect(catalogue.suggestions(for: "frankfrt").first == "aws:eu-central-1")
    }

    @Test("a region code without its provider, or with another name for it")
    func providerFixes() {
        #expect(catalogue.suggestions(for: "eu-central-1") == ["aws:eu-central-1"])
        #expect(catalogue.suggestions(for: "GRA11") == ["ovhcloud:GRA"])
        #expect(catalogue.suggestions(for: "ovh:GRA11") == ["ovhcloud:GRA"])
        #expect(catalogue.suggestions(for: "google:europe-west3") == ["gcp:europe-west3"])
        #expect(catalogue.suggestions(for: "amazon:eu-central-1") == ["aws:eu-central-1"])
    }

    @Test("a country written as a name or alpha-3 code suggests its ISO code")
    func countries() {
        #expect(catalogue.suggestions(for: "Germany").first == "DE")
        #expect(catalogue.suggestions(for: "DEU") == ["DE"])
        #expect(catalogue.suggestions(for: "germny") == ["DE"])
        #expect(catalogue.suggestions(for: "UK").contains("GB"))
    }

    @Test("a group written as a location suggests the places that span it")
    func groupAsLocation() {
        #expect(catalogue.suggestions(for: "EU") == ["gcp:eu", "cloudflare:eu"])
    }

    @Test("nothing close, nothing suggested; never more than eight")
    func limits() {
        #expect(catalogue.suggestions(for: "").isEmpty)
        #expect(catalogue.suggestions(for: "x").isEmpty)
        #expect(catalogue.suggestions(for: "qqqqqqqqqqqq").isEmpty)
        #expect(catalogue.suggestions(for: "london").count <= 8)
        #expect(catalogue.suggestions(for: "london").contains("aws:eu-west-2"))
    }

    @Test("a very long unknown code is not compared, so it cannot take quadratic time")
    func longInput() {
        let long = String(repeating: "eu-central-", count: 27_273).prefix(300_000)
        let started = ContinuousClock.now
        #expect(catalogue.suggestions(for: String(long)).isEmpty)
        #expect(catalogue.suggestions(for: "aws:" + long).isEmpty)
        #expect(Suggestions.closest(to: String(long), in: ["eu-central-1", "systems", "flows"]) == nil)
        #expect(ContinuousClock.now - started < .seconds(1))
        // Up to the cap, suggestions still work.
        #expect(EditDistance.within(3, String(repeating: "a", count: 64), String(repeating: "a", count: 63) + "b") == 1)
        #expect(EditDistance.within(3, String(repeating: "a", count: 65), String(repeating: "a", count: 65)) == nil)
    }

    @Test("one edit distance: transpositions are one edit, and nothing past the limit")
    func distance() {
        #expect(EditDistance.within(2, "central", "centarl") == 1)
        #expect(EditDistance.within(2, "frankfurt", "frankfrt") == 1)
        #expect(EditDistance.within(2, "", "ab") == 2)
        #expect(EditDistance.within(1, "", "ab") == nil)
        #expect(EditDistance.within(2, "kitten", "sitting") == nil)
        #expect(EditDistance.within(3, "kitten", "sitting") == 3)
        #expect(EditDistance.within(0, "zürich", "zürich") == 0)
    }

    @Test("every suggestion resolves")
    func suggestionsResolve() {
        for input in ["aws:eu-centrl-1", "frankfurt", "Germany", "UK", "EU", "ovh:DE1", "sao paulo"] {
            for code in catalogue.suggestions(for: input) {
                #expect(catalogue.place(for: code) != nil, "\(input) -> \(code)")
            }
        }
    }
}
