import Testing
import ResidencyModel

@Suite("Search text: the one matcher")
struct SearchTextTests {
    @Test("case, accents and width do not matter")
    func folds() {
        #expect(SearchText.matches("zurich", in: ["Primary database (Zürich)"]))
        #expect(SearchText.matches("ZÜRICH", in: ["zurich"]))
        #expect(SearchText.matches("sao DB", in: ["Uploads São Paulo", "db-main"]))
        #expect(SearchText.matches("ab", in: ["ＡＢ replica"]))
        #expect(SearchText.matches("東京", in: ["東京 replica"]))
        #expect(!SearchText.matches("tokyo", in: ["東京 replica"]))
        #expect(SearchText.fold("Zürich") == SearchText.fold("ZURICH"))
    }

    @Test("every word must appear, each in some field; an empty query matches")
    func words() {
        let row = SearchText(["Billing API", "billing-api", "Frankfurt"])
        #expect(row.matches(SearchQuery("billing frank")))
        #expect(!row.matches(SearchQuery("billing tokyo")))
        #expect(row.matches(SearchQuery("  ")))
        #expect(row.contains(folded: "frankfurt"))
        #expect(!row.contains(folded: "api frankfurt"))  // never across two fields
        #expect(SearchText.matches("", in: []))
        #expect(SearchText.matches(folded: "paulo", in: ["x", "São Paulo"]))
        #expect(SearchText.contains("sao paulo", folded: "o p"))
    }
}
